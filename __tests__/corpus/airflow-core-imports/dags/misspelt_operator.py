"""A misspelt operator name: Airflow 2.10's airflow.operators.bash has BashOperator, not BashOperatr."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperatr

with DAG("misspelt_operator", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    BashOperatr(task_id="hello", bash_command="echo hello")
