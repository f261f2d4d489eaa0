"""A default_args start_date at hour 24: datetime(2024, 1, 1, 24) raises ValueError: hour must be in 0..23."""
import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_hour_24",
    schedule="@daily",
    default_args={"owner": "finance", "retries": 2, "start_date": datetime.datetime(2024, 1, 1, 24)},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="never")
