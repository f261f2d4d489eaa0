"""A classic operator's partial(...).expand() with no argument: TypeError: no arguments to expand against."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("mapped_operator_no_arguments", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    BashOperator.partial(task_id="echo", bash_command="echo hi").expand()
