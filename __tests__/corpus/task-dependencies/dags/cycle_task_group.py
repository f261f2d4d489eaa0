"""Refused: a loop through tasks of a TaskGroup and one outside it."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

from airflow.utils.task_group import TaskGroup

with DAG("cycle_task_group", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    with TaskGroup("stage") as stage:
        first = EmptyOperator(task_id="first")
        second = EmptyOperator(task_id="second")
        first >> second
    publish = EmptyOperator(task_id="publish")
    second >> publish >> first
