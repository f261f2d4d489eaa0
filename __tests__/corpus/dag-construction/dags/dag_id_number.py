"""Broken: dag_id=123 is an int: DAG.__init__'s validate_key refuses it (TypeError: The key has to be a string and is
<class 'int'>:123)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(dag_id=123, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    EmptyOperator(task_id="start")
