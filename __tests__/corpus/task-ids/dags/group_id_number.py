"""Broken: group_id=3 through a module constant: validate_group_key refuses it (TypeError: The key has to be a string
and is <class 'int'>:3)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

STAGE = 3

with DAG("group_id_number", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup(group_id=STAGE):
        EmptyOperator(task_id="load")
