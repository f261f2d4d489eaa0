from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# Names bound at run time through globals(): ruff cannot see them, so an undefined name is only a warning here.
globals().update({"SCHEDULE": "@daily"})

with DAG("dynamic_globals", start_date=datetime(2024, 1, 1), schedule=SCHEDULE, catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
