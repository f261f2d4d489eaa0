"""A static group_id in a loop inside one static parent group: the second pass adds 'backfill.chunk' to the same parent
again (TaskGroup.add at 2.10.5)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("backfill_chunks", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["backfill"], catchup=False):
    with TaskGroup("backfill"):
        for month in ["jan", "feb", "mar"]:
            with TaskGroup("chunk"):
                EmptyOperator(task_id="load")
