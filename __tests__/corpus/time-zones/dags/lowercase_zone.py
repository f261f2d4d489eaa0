"""pendulum looks zone names up with their case: "europe/paris" fails on Linux."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "lowercase_zone",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="europe/paris"),
    default_args={"owner": "platform", "retries": 2},
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
