"""Refused: two lists joined by >> (Python lists have no >>: TypeError: unsupported operand type(s) for >>: 'list'
and 'list')."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("dependency_list_list", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    extract = EmptyOperator(task_id="extract")
    load = EmptyOperator(task_id="load")
    report = EmptyOperator(task_id="report")
    notify = EmptyOperator(task_id="notify")
    [extract, load] >> [report, notify]
