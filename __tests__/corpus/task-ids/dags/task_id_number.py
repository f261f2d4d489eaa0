"""Broken: task_id=1 is an int: BaseOperator's validate_key refuses it (TypeError: The key has to be a string and is
<class 'int'>:1)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("task_id_number", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    EmptyOperator(task_id=1)
