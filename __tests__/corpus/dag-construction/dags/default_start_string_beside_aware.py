"""A start_date string in default_args beside a time-zone-aware start_date: DAG() parses default_args' string only when
it has no start_date of its own, so converting it fails: AttributeError: 'str' object has no attribute 'utcoffset'."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 1, 1, tz="Europe/Paris")

with DAG(
    "ledger_two_starts",
    schedule="@daily",
    start_date=START,
    default_args={"owner": "finance", "retries": 2, "start_date": "2024-02-01"},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="started")
