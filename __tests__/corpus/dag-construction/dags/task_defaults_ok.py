"""Accepted: retries as a numeric string (Airflow converts it), retry_delay in seconds, execution_timeout=None, and a
bad execution_timeout in a DAG without tasks (default_args only reach tasks)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("billing_defaults_ok", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, default_args={"owner": "billing", "retries": "3", "retry_delay": 300, "execution_timeout": None}, tags=["billing"]):
    EmptyOperator(task_id="noop")

with DAG("billing_no_tasks", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, default_args={"owner": "billing", "retries": 2, "execution_timeout": 60}, tags=["billing"]):
    pass
