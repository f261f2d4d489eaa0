from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

BASE_TAGS = ("etl",)

with DAG("tags_concatenated", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=BASE_TAGS + ("daily",), default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
