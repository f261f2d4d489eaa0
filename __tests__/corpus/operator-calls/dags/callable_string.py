"""Broken: python_callable names the function in a string instead of passing it."""
from datetime import datetime

from airflow.decorators import dag
from airflow.operators.python import PythonOperator


def my_func():
    return 1


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False)
def train():
    PythonOperator(task_id="fit", python_callable="my_func")


train()
