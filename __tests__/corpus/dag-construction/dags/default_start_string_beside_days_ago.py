"""A start_date string in default_args beside days_ago(1) (aware: utcnow() shifted): DAG() does not parse
default_args' string, so converting it fails: AttributeError: 'str' object has no attribute 'utcoffset'."""
from airflow.utils.dates import days_ago

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_string_beside_days_ago",
    schedule=None,
    start_date=days_ago(1),
    default_args={"owner": "finance", "retries": 2, "start_date": "2024-02-01"},
    tags=["finance"],
):
    EmptyOperator(task_id="started")
