"""Broken: `retires` is a typo of retries; BaseOperator refuses unknown keywords (AirflowException)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("nightly_export", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["export"], catchup=False):
    BashOperator(task_id="export", bash_command="echo export", retires=3)
