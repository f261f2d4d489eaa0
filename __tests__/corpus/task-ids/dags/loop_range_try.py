"""range() over a module constant, the operator in a try whose handler does not catch DuplicateTaskIdFound."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

SHARDS = 4

with DAG("shards_compact", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["shards"], catchup=False):
    for shard in range(SHARDS):
        try:
            EmptyOperator(task_id="compact_shard")
        except KeyError:
            pass
