"""A trigger_rule typo in default_args: every task gets it, so building the first task fails (AirflowException)."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

default_args = {
    "owner": "billing",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "trigger_rule": "all_sucess",
}

with DAG("billing_retry", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, default_args=default_args, tags=["billing"]):
    BashOperator(task_id="charge", bash_command="echo charge")
