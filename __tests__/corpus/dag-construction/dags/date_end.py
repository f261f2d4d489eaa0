"""end_date as pendulum.date: AttributeError."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_archive",
    schedule="@monthly",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    end_date=pendulum.date(2025, 1, 1),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="archive")
