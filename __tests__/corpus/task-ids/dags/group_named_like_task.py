"""A group_id equal to an earlier task_id of the DAG."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("alerts", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["alerts"], catchup=False):
    EmptyOperator(task_id="notify")
    with TaskGroup("notify"):
        EmptyOperator(task_id="email")
