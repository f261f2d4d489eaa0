from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# Near misses: an empty default_args list is falsy (DAG() takes it), and a timedelta built from seconds is one.
with DAG("timeout_timedelta", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args=[], dagrun_timeout=timedelta(seconds=timedelta(hours=1).total_seconds())):
    EmptyOperator(task_id="start")
