"""Broken: a TaskGroup without its group_id: TypeError: TaskGroup.__init__() missing 1 required positional argument:
'group_id'."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("task_group_missing_id", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup(tooltip="Loads the raw tables"):
        EmptyOperator(task_id="load")
