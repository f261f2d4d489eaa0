"""The same task_id twice in a @task_group function: each call makes one group, and both tasks land in it."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
from airflow.decorators import task_group

with DAG("quality_checks", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["quality"], catchup=False):

    @task_group(group_id="checks")
    def checks():
        EmptyOperator(task_id="row_count")
        EmptyOperator(task_id="row_count")

    checks()
