from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("used_before_defined", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start", retries=RETRIES)

RETRIES = 3
