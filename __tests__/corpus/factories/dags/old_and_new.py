from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def old_version():
    # Kept for reference; never called, so it creates nothing.
    with DAG("etl_orders", schedule="@hourly", start_date=datetime(2023, 1, 1), tags=["etl"], default_args={"owner": "data", "retries": 2}):
        EmptyOperator(task_id="legacy")


with DAG("etl_orders", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["etl"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="extract")
