"""dag=None is no DAG of its own: the task joins the DAG of the with block like the one before it."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("ledger_close", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ledger"], catchup=False):
    EmptyOperator(task_id="reconcile")
    EmptyOperator(task_id="reconcile", dag=None)
