"""Refused: a @task function used as a task without being called (AttributeError: '_TaskDecorator' object has no
attribute 'update_relative'), in an @dag function."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.operators.empty import EmptyOperator


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def dependency_uncalled_task():
    @task
    def load():
        return 1

    start = EmptyOperator(task_id="start")
    start >> load


dependency_uncalled_task()
