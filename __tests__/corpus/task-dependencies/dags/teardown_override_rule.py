"""Refused: a teardown function's .override(trigger_rule=...) (ValueError: Trigger rule not configurable)."""
from datetime import datetime

from airflow.decorators import dag, setup, teardown


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def teardown_override_rule():
    @setup
    def create():
        return 1

    @teardown
    def delete():
        return 0

    create() >> delete.override(task_id="delete_all", trigger_rule="all_done")()


teardown_override_rule()
