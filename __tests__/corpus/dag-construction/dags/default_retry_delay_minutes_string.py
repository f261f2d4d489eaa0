"""A module default_args whose retry_delay is timedelta(minutes="5"): building the dict raises TypeError: unsupported
type for timedelta minutes component: str (the DAG has no task: it fails all the same)."""
from datetime import datetime, timedelta

from airflow import DAG

DEFAULT_ARGS = {"owner": "finance", "retries": 2, "retry_delay": timedelta(minutes="5")}

with DAG(
    "ledger_retry_delay_string",
    schedule="@daily",
    start_date=datetime(2024, 1, 1, 6, 30),
    default_args=DEFAULT_ARGS,
    tags=["finance"],
    catchup=False,
):
    pass
