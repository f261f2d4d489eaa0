"""An Airflow 1 path: airflow.contrib.operators has no bash_operator (BashOperator was never in contrib)."""
from datetime import datetime

from airflow import DAG
from airflow.contrib.operators.bash_operator import BashOperator

with DAG("contrib_path", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    BashOperator(task_id="hello", bash_command="echo hello")
