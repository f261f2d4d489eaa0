from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator

EMPTY = ""

with DAG("empty_outlet", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="publish", outlets=[Dataset(EMPTY)])
