"""A root task_id written like a grouped task's key (group.task): the same key."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("warehouse_marts", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["dw"], catchup=False):
    with TaskGroup("marts"):
        EmptyOperator(task_id="build")
    EmptyOperator(task_id="marts.build")
