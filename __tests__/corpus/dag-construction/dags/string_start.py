"""start_date written as a string: DAG() does not parse it, importing fails with AttributeError."""
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_sync",
    schedule="@daily",
    start_date="2024-01-01",
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="sync")
