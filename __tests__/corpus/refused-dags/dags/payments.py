from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("payments", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="pay")

# DAG() itself raises for @continuous with max_active_runs above 1: the module stops, no DAG of the file loads.
with DAG("payments_stream", schedule="@continuous", max_active_runs=2, start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="stream")
