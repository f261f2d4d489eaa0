"""Near miss beside looked_at.py: an @dag function also kept in a list and called twice makes two DAGs with one
dag_id (DagBag keeps one of them silently): duplicate-dag-id on both calls."""
import pendulum
from airflow.decorators import dag, task

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "growth", "retries": 2}


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def twice_refresh():
    @task
    def refresh():
        return 1

    refresh()


REFRESHERS = [twice_refresh]
first_run = twice_refresh()
second_run = twice_refresh()
