"""Broken: PythonOperator drops provide_context only when it is true; a False one reaches BaseOperator, which refuses it."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator


def load(**context):
    return context["ds"]


with DAG("load_events", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["events"], catchup=False):
    PythonOperator(task_id="load", python_callable=load, provide_context=False)
