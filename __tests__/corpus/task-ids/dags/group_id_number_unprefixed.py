"""Broken: a group that does not prefix checks its group_id itself: ValueError: group_id must be str."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("group_id_number_unprefixed", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup(group_id=2024, prefix_group_id=False):
        EmptyOperator(task_id="load")
