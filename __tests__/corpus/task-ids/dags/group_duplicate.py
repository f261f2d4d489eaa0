"""The same task_id twice in one task group (one prefix): DuplicateTaskIdFound; across groups it is fine."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("warehouse_groups", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup("staging"):
        EmptyOperator(task_id="check")
    with TaskGroup("marts"):
        EmptyOperator(task_id="check")
        EmptyOperator(task_id="check")
