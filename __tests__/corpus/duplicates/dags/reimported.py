from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("reimported", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False) as dag:
    EmptyOperator(task_id="t")
