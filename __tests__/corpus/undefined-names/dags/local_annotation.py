from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def build():
    # A local variable's annotation is never evaluated (PEP 526), even in a function called at import.
    local_var: NotDefinedAnywhere = 5
    return local_var


build()
with DAG("local_annotation", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
