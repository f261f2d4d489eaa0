"""pendulum.datetime(2023, 2, 29) through a module constant: 2023 is no leap year, so building it raises
ValueError: day is out of range for month."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2023, 2, 29, tz="UTC")

with DAG(
    "ledger_no_leap_day",
    schedule="@daily",
    start_date=START,
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="never")
