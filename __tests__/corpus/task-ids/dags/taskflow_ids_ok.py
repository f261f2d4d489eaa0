"""Taskflow ids that import fine: a bad task_id on a @task nothing calls, an override bound but never called, valid ids."""
import pendulum
from airflow.decorators import dag, task

ARGS = {"owner": "analytics", "retries": 2}


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args=ARGS, tags=["returns"], catchup=False)
def returns_rollup():
    @task(task_id="not used yet")
    def draft():
        return 0

    @task(task_id="count_returns")
    def count():
        return 1

    @task
    def fetch(region):
        return region

    later = fetch.override(task_id="fetch later")
    count()
    fetch.override(task_id="fetch.apac-2")("apac")


returns_rollup()
