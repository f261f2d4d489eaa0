"""A static group_id nested in a per-pass group that does not prefix (prefix_group_id=False): its group_id is 'stage' on
every pass, so the second pass finds it used (TaskGroup._check_for_group_id_collisions at 2.10.5)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("staged_feeds", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["feeds"], catchup=False):
    for feed in ["orders", "users"]:
        with TaskGroup(f"feed_{feed}", prefix_group_id=False):
            with TaskGroup("stage"):
                EmptyOperator(task_id=f"copy_{feed}")
