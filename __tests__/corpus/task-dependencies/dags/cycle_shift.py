"""Refused: a >> b >> a in a with DAG block (AirflowDagCycleException)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("cycle_shift", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    extract = EmptyOperator(task_id="extract")
    load = EmptyOperator(task_id="load")
    extract >> load >> extract
