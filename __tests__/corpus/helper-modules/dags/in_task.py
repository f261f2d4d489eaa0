"""Imports a failing helper only inside a @task body: a run-time problem of the task, nothing at import."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(start_date=datetime(2024, 1, 1), schedule=None)
def in_task():
    @task
    def run():
        from include.broken import value

        return value()

    run()


in_task()
