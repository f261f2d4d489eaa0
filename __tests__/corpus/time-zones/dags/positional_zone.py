"""pendulum.datetime's eighth positional argument is the time zone: a misspelt one fails the import."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "positional_zone",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, 6, 0, 0, 0, "Europe/Kiyv"),
    default_args={"owner": "platform", "retries": 2},
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
