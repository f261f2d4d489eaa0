"""Accepted: TaskGroup's own keywords (by keyword and by position), None for a typed one, a ** splat, @task_group with
keywords TaskGroup takes, .override(...) with them, @task_group(add_suffix_on_collision=True) and
@task_group(prefix_group_id="no") on functions nothing calls (only bound, not made), and a broken TaskGroup in a
function nothing calls."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task_group
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

STYLE = {"ui_color": "#e8f7e4", "ui_fgcolor": "#000"}


@task_group(group_id="report", tooltip="Builds the report", prefix_group_id=True, ui_color="#fff")
def build_report():
    EmptyOperator(task_id="render")


@task_group(add_suffix_on_collision=True)
def never_made():
    EmptyOperator(task_id="idle")


@task_group(prefix_group_id="no")
def never_made_either():
    EmptyOperator(task_id="idle")


def unused():
    with TaskGroup(tooltip="no group_id", colour="red"):
        EmptyOperator(task_id="nothing")


with DAG("task_group_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup(group_id="extract", tooltip="Pulls the sources", prefix_group_id=True, default_args={"retries": 3}, add_suffix_on_collision=False):
        EmptyOperator(task_id="pull")
    with TaskGroup("transform", True, None, None, None, "Cleans the rows"):
        EmptyOperator(task_id="clean")
    with TaskGroup("load", tooltip=None, **STYLE):
        EmptyOperator(task_id="write")
    build_report()
    build_report.override(group_id="report_copy", tooltip="A second copy")()
