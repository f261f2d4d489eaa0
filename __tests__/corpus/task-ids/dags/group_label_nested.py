"""A nested group checks its group_id as written (not prefixed) against the keys already in the DAG: a root task_id
"archive" stops a group "archive" inside another group (TaskGroup._check_for_group_id_collisions at 2.10.5)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("retention", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["retention"], catchup=False):
    EmptyOperator(task_id="archive")
    with TaskGroup("cold_storage"):
        with TaskGroup("archive"):
            EmptyOperator(task_id="move")
