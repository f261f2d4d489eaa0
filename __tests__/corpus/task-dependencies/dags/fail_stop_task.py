"""Refused: a @task with trigger_rule="none_failed" called in a fail_stop @dag."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(fail_stop=True, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def fail_stop_task():
    @task
    def first():
        return 1

    @task(trigger_rule="none_failed")
    def second():
        return 2

    first() >> second()


fail_stop_task()
