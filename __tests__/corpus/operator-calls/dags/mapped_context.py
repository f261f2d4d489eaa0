"""Broken: provide_context=True is dropped by PythonOperator() but refused by PythonOperator.partial() (TypeError)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator


def add(x, **context):
    return x + 1


with DAG("mapped_python", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    PythonOperator.partial(task_id="add", python_callable=add, provide_context=True).expand(op_args=[[1], [2]])
