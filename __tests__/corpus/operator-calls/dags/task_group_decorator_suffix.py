"""Broken: @task_group(add_suffix_on_collision=True) on a function the DAG calls: the decorator makes the group with
add_suffix_on_collision=True itself: TypeError: airflow.utils.task_group.TaskGroup() got multiple values for keyword
argument 'add_suffix_on_collision'."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task_group
from airflow.operators.empty import EmptyOperator


@task_group(add_suffix_on_collision=True)
def publish():
    EmptyOperator(task_id="upload")


with DAG("task_group_decorator_suffix", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    publish()
