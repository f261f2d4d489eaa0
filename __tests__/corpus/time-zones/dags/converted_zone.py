"""A pendulum DateTime converted with .in_timezone(): the zone is loaded at once, a wrong case fails the import."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 3, 1).in_timezone("asia/tokyo")

with DAG("converted_zone", schedule="@daily", start_date=START, default_args={"owner": "platform", "retries": 2}, tags=["tz"], catchup=False):
    EmptyOperator(task_id="noop")
