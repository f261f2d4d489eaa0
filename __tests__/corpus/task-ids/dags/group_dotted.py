"""A task group named like a namespace: group_ids take no dots (a dot joins the group's prefix to its task_ids)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("warehouse_namespaced", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup(group_id="raw.orders"):
        EmptyOperator(task_id="land")
