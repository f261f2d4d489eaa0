"""Refused: cross_downstream() from one task instead of a list (TypeError: 'EmptyOperator' object is not iterable)."""
from datetime import datetime

from airflow import DAG
from airflow.models.baseoperator import cross_downstream
from airflow.operators.empty import EmptyOperator

with DAG("dependency_cross_one_task", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    start = EmptyOperator(task_id="start")
    left = EmptyOperator(task_id="left")
    right = EmptyOperator(task_id="right")
    cross_downstream(start, [left, right])
