"""Broken: .override(group=...) on a @task_group function binds its keywords to TaskGroup's signature:
TypeError: got an unexpected keyword argument 'group'."""
from datetime import datetime

from airflow.decorators import dag, task_group
from airflow.operators.empty import EmptyOperator


@task_group
def region():
    EmptyOperator(task_id="sync")


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def task_group_override_keyword():
    region.override(group="emea")()


task_group_override_keyword()
