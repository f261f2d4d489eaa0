"""A start_date string in default_args beside pendulum.parse("2024-01-01") (aware: UTC): DAG() does not parse
default_args' string, so converting it fails: AttributeError: 'str' object has no attribute 'utcoffset'."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_string_beside_parsed",
    schedule=None,
    start_date=pendulum.parse("2024-01-01"),
    default_args={"owner": "finance", "retries": 2, "start_date": "2024-02-01"},
    tags=["finance"],
):
    EmptyOperator(task_id="started")
