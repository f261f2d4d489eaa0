from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# default_args as pairs, not a dict: DAG() raises TypeError before anything else.
with DAG("default_args_list", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args=[("owner", "o"), ("retries", 2)]):
    EmptyOperator(task_id="start")
