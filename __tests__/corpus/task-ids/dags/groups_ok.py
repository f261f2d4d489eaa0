"""Accepted: group_ids with dashes and digits; a @task_group with a bad group_id that nothing calls makes no group."""
from datetime import datetime

from airflow.decorators import dag, task, task_group
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def warehouse_grouped():
    with TaskGroup("load-orders_2"):
        EmptyOperator(task_id="land")

    @task_group(group_id="not used yet")
    def later():
        @task
        def step():
            return 1

        step()


warehouse_grouped()
