from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from plain_shared import LIMIT

with DAG("plain_constant_user", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False, max_active_runs=LIMIT):
    EmptyOperator(task_id="t")
