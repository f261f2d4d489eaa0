"""A loop over a set literal whose items are one number written two ways ({1, 0x1}): Python keeps one, so the loop
runs once and the static group_id inside it is added once (a second tester's false error)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("loop_equal_set_keys", schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ids"]):
    for shard in {1, 0x1, 1_0 // 10}:
        with TaskGroup("g"):
            EmptyOperator(task_id="t")
