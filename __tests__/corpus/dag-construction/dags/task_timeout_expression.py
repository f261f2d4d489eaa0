from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

HOUR = 3600

with DAG("task_timeout_expression", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2, "execution_timeout": 2 * HOUR}):
    BashOperator(task_id="run", bash_command="echo", execution_timeout=30 * 60)
