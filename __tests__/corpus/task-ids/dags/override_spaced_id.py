"""A @task renamed with .override(task_id=...) to an id with a space, then called: the call makes the task and fails."""
import pendulum
from airflow.decorators import dag, task

ARGS = {"owner": "analytics", "retries": 2}


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args=ARGS, tags=["refunds"], catchup=False)
def refunds_rollup():
    @task
    def fetch(region):
        return region

    fetch.override(task_id="fetch emea")("emea")


refunds_rollup()
