"""Broken: @dag(dag_id=5): the decorator passes `dag_id or f.__name__`, 5, to DAG (TypeError: The key has to be a
string and is <class 'int'>:5)."""
from datetime import datetime

from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator


@dag(dag_id=5, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def numbered():
    EmptyOperator(task_id="start")


numbered()
