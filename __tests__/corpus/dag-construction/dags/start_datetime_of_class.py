"""`datetime.datetime(...)` after `from datetime import datetime`: the class has no attribute `datetime`, so importing
fails with AttributeError: type object 'datetime.datetime' has no attribute 'datetime'."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_datetime_twice",
    schedule="@daily",
    start_date=datetime.datetime(2024, 1, 1),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="never")
