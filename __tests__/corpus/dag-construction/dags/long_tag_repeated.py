"""A tag built by repetition, "x" * 101: 101 characters, so DAG() raises AirflowException: tag cannot be longer than
100 characters."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_repeated_tag",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance", "x" * 101],
    catchup=False,
):
    EmptyOperator(task_id="tagged")
