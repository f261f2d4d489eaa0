"""A start_date Python cannot build: datetime(2024, 13, 1) raises ValueError: month must be in 1..12 before DAG() runs."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_month_13",
    schedule="@daily",
    start_date=datetime(2024, 13, 1),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="never")
