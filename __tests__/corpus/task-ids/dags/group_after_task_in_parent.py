"""A nested group whose prefixed id is a sibling task's key: 'cleanup.purge' is already among the parent's children."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("cleanup", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ops"], catchup=False):
    with TaskGroup("cleanup"):
        EmptyOperator(task_id="purge")
        with TaskGroup("purge"):
            EmptyOperator(task_id="logs")
