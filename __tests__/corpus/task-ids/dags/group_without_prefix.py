"""A group_id validate_group_key would refuse is fine when the group does not prefix its tasks' ids
(prefix_group_id=False): TaskGroup checks the key only when it prefixes (airflow/utils/task_group.py at 2.10.5)."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task, task_group
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("groups_unprefixed", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["groups"], catchup=False):
    with TaskGroup(group_id="Load data", prefix_group_id=False):
        EmptyOperator(task_id="load_s3")

    @task_group(group_id="Export data", prefix_group_id=False)
    def export():
        @task
        def push():
            return 1

        push()

    export()
