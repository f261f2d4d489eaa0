"""include/partial_a.py imports partial_b, which asks partial_a for RETRIES before partial_a binds it: ImportError."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.partial_a import retries

with DAG("circular_import", start_date=datetime(2024, 1, 1), schedule=None, default_args={"retries": retries()}):
    EmptyOperator(task_id="start")
