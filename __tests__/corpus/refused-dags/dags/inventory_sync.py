from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# The refused DAG is the one whose dag_id the other file has: no clash, the other file's DAG loads.
with DAG("inventory_sync", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    step = EmptyOperator(task_id="step")
    step >> step
