from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# 60 * 60 is an int, not a timedelta: DAG() refuses it.
with DAG("timeout_expression", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], dagrun_timeout=60 * 60, default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
