"""Refused: a dependency between tasks of two DAGs (AirflowException: Tried to set relationships between tasks in more
than one DAG)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("dependency_two_dags_a", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    produce = EmptyOperator(task_id="produce")

with DAG("dependency_two_dags_b", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    consume = EmptyOperator(task_id="consume")

produce >> consume
