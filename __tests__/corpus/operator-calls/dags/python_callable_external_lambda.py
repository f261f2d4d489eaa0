"""Broken: ExternalPythonOperator runs the function's source in another Python and takes only a plain function:
ValueError: ExternalPythonOperator only supports functions for python_callable arg."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import ExternalPythonOperator

with DAG("python_callable_external_lambda", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False):
    ExternalPythonOperator(task_id="score", python="/usr/bin/python3", python_callable=lambda: 1)
