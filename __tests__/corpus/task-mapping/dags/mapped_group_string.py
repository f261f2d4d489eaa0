"""A @task_group mapped over one string: the same check as a task's expand() (ValueError: expand() got an unexpected
type 'str')."""
from datetime import datetime

from airflow.decorators import dag, task, task_group


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_group_string():
    @task_group
    def per_region(region):
        @task
        def fetch(name):
            return name

        fetch(region)

    per_region.expand(region="emea")


mapped_group_string()
