"""A start_date in a time zone that does not exist: pendulum raises InvalidTimezone while the file is imported."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

with DAG(
    "mars_start",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="Mars/Olympus_Mons"),
    default_args=ARGS,
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
