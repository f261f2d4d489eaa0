"""Accepted: @dag(dag_id=None) and @dag(dag_id=0): the decorator passes `dag_id or f.__name__`, so a false value
leaves the function's name."""
from datetime import datetime

from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator


@dag(dag_id=None, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def unnamed_none():
    EmptyOperator(task_id="start")


@dag(dag_id=0, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def unnamed_zero():
    EmptyOperator(task_id="start")


unnamed_none()
unnamed_zero()
