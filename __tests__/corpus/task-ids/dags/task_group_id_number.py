"""Broken: @task_group(group_id=4) on a function the DAG calls (TypeError: The key has to be a string and is
<class 'int'>:4)."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task_group
from airflow.operators.empty import EmptyOperator


@task_group(group_id=4)
def publish():
    EmptyOperator(task_id="upload")


with DAG("task_group_id_number", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    publish()
