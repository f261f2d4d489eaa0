"""doc_md=42: DAG.__init__ reads doc_md before checking types (get_doc_md): AttributeError: 'int' object has no attribute 'endswith'."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_doc_number",
    doc_md=42,
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="documented")
