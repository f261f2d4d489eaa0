from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("sales_report", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="build_v2")
