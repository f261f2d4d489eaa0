"""Refused: a task set upstream of itself."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("cycle_self", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False) as dag:
    only = EmptyOperator(task_id="only")
    only << only
