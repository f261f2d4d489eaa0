"""Broken: @task_group(tooltp=...) binds its keywords to TaskGroup's signature when the def runs, even though nothing
calls the function: TypeError: got an unexpected keyword argument 'tooltp'."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task_group
from airflow.operators.empty import EmptyOperator


@task_group(tooltp="Cleans the staging tables")
def cleanup():
    EmptyOperator(task_id="truncate")


with DAG("task_group_decorator_keyword", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    EmptyOperator(task_id="start")
