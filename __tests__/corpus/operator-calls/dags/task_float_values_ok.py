"""Floats BaseOperator takes: retries (converted to int with a warning), retry_delay in seconds, ints where ints go."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("task_float_values_ok", start_date=datetime(2024, 1, 1), schedule=None, tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="retried", retries=1.5, retry_delay=30.0)
    EmptyOperator(task_id="ints", pool_slots=2, priority_weight=3, max_active_tis_per_dag=1)
