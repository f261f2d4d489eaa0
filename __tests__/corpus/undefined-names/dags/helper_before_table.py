"""Module code calls a factory inside a with DAG block; the factory calls a helper that reads a table defined lower."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def task_ids():
    return list(TABLES)


def add_tasks():
    for task_id in task_ids():
        EmptyOperator(task_id=task_id)


with DAG("helper_before_table", schedule=None, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    add_tasks()

TABLES = ["orders", "users"]
