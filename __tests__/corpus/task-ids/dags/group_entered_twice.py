"""One TaskGroup object entered twice: both tasks get the same prefix."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("invoices", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["invoices"], catchup=False):
    render = TaskGroup("render")
    with render:
        EmptyOperator(task_id="pdf")
    with render:
        EmptyOperator(task_id="pdf")
