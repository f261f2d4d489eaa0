"""Task values written as floats where BaseOperator wants an int (Airflow 2.10: TypeError / AirflowException)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("task_float_values", start_date=datetime(2024, 1, 1), schedule=None, tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="two_slots", pool_slots=2.0)
    EmptyOperator(task_id="weighted", priority_weight=1.5)
    EmptyOperator(task_id="limited", max_active_tis_per_dag=-1.5e0)
