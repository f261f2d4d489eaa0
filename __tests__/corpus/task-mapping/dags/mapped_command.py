"""A classic operator mapped over a command kept in a module constant (a string, not a list of commands)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

REFRESH = "dbt run --select marts"

with DAG("refresh_marts", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False):
    BashOperator.partial(task_id="refresh").expand(bash_command=REFRESH)
