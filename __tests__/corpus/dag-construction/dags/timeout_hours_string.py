"""dagrun_timeout=timedelta(hours="1"): TypeError: unsupported type for timedelta hours component: str."""
from datetime import timedelta

import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_timeout_string_hours",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    dagrun_timeout=timedelta(hours="1"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="never")
