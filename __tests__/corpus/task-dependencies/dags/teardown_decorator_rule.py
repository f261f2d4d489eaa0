"""Refused: @teardown(trigger_rule=...) (TypeError: teardown_task() got an unexpected keyword argument)."""
from datetime import datetime

from airflow.decorators import dag, task, teardown


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def teardown_decorator_rule():
    @task
    def work():
        return 1

    @teardown(trigger_rule="all_done")
    def clean():
        return 0

    work() >> clean()


teardown_decorator_rule()
