"""A static task_id in a group that does not prefix, nested in a per-pass group (an f-string group_id): the inner group
itself never clashes (its prefixed id changes per pass), but the task's key is 'load' on every pass: "Task id 'load' has
already been added to the DAG" on the second."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("region_loads", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["loads"], catchup=False):
    for region in ["emea", "amer"]:
        with TaskGroup(f"region_{region}"):
            with TaskGroup("inner", prefix_group_id=False):
                EmptyOperator(task_id="load")
