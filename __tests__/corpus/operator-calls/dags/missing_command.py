"""Broken: BashOperator without bash_command, which default_args does not give either."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("cleanup", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    BashOperator(task_id="cleanup")
