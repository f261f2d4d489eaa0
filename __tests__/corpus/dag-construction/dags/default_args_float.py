"""default_args with a float pool_slots, which every task gets: TypeError when the task is made (Airflow 2.10)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

default_args = {"owner": "data", "retries": 2, "pool_slots": 2.0}

with DAG("default_args_float", start_date=datetime(2024, 1, 1), schedule=None, default_args=default_args, tags=["corpus"]):
    EmptyOperator(task_id="t")
