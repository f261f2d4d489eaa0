"""Broken: prefix_group_id="false" is a string (and a true one): TaskGroup's validate_instance_args wants a bool:
TypeError: 'prefix_group_id' has an invalid type <class 'str'> with value false, expected type is <class 'bool'>."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("task_group_prefix_string", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup("load", prefix_group_id="false"):
        EmptyOperator(task_id="orders")
