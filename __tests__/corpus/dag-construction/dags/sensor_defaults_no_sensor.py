"""The same string poke interval in default_args of a DAG without a sensor: no task takes it, the file imports."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_no_wait",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2, "poke_interval": "300", "timeout": "3600"},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="settled")
