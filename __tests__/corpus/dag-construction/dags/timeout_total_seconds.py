from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# total_seconds() is a float, not a timedelta: refused by DAG()'s type check on Airflow 2.10.
with DAG("timeout_total_seconds", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, dagrun_timeout=timedelta(hours=1).total_seconds()):
    EmptyOperator(task_id="start")

