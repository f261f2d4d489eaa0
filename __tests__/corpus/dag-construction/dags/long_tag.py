"""A tag over 100 characters: DAG() raises AirflowException: tag cannot be longer than 100 characters."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_long_tag",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance", "finance-quarterly-close-quarterly-close-quarterly-close-quarterly-close-quarterly-close-quarterly-close-reconciliation"],
    catchup=False,
):
    EmptyOperator(task_id="tagged")
