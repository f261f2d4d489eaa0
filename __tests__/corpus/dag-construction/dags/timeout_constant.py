from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

TIMEOUT_SECONDS = 3600

with DAG("timeout_constant", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], dagrun_timeout=TIMEOUT_SECONDS, default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
