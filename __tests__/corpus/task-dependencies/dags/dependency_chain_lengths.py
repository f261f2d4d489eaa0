"""Refused: chain() over neighbouring lists of 2 and 3 tasks (AirflowException: Chain not supported for different
length Iterable)."""
from datetime import datetime

from airflow import DAG
from airflow.models.baseoperator import chain
from airflow.operators.empty import EmptyOperator

with DAG("dependency_chain_lengths", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    a, b, c, d, e = [EmptyOperator(task_id=name) for name in "abcde"]
    chain([a, b], [c, d, e])
