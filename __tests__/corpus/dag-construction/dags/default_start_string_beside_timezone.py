"""A start_date string in default_args beside Airflow's timezone.datetime(...) (aware: it adds the configured zone): DAG() does not parse
default_args' string, so converting it fails: AttributeError: 'str' object has no attribute 'utcoffset'."""
from airflow.utils import timezone

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_string_beside_timezone",
    schedule=None,
    start_date=timezone.datetime(2024, 1, 1),
    default_args={"owner": "finance", "retries": 2, "start_date": "2024-02-01"},
    tags=["finance"],
):
    EmptyOperator(task_id="started")
