"""dagrun_timeout in seconds instead of a timedelta, and tags as one string, through a settings dict: TypeError."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

SETTINGS = {"dagrun_timeout": 3600, "tags": "billing"}

with DAG("billing_export", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, default_args={"owner": "billing", "retries": 2}, **SETTINGS):
    EmptyOperator(task_id="export")
