"""description=b"...": Airflow 2.10 checks the type: TypeError: 'description' has an invalid type <class 'bytes'>."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_bytes_description",
    description=b"Nightly ledger close",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="described")
