"""A loop unpacking one-item tuples (`for (name,) in ROWS`), each pass's DAG copied into globals() under the loop
variable, its dag_id built with a string method: one DAG per row (a tester's case listed as one unknown DAG)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
ROWS = [("billing",), ("crm",)]

for (name,) in ROWS:
    globals()[name] = DAG(f"pipe_{name.upper()}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["pipes"], catchup=False)
    EmptyOperator(task_id="load", dag=globals()[name])
