"""doc_md as a list of lines: AttributeError: 'list' object has no attribute 'endswith' (get_doc_md)."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_doc_lines",
    doc_md=["# Ledger", "Closes the books."],
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="documented")
