"""Broken: @task(task_id=7) on a function the DAG calls: the task is made with that id (TypeError: The key has to be
a string and is <class 'int'>:7)."""
from datetime import datetime

from airflow.decorators import dag, task


@task(task_id=7)
def extract():
    return 1


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def taskflow_id_number():
    extract()


taskflow_id_number()
