"""Imports a failing helper inside an @dag function module-level code calls: parse time, so the import fails."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(start_date=datetime(2024, 1, 1), schedule=None)
def in_called_dag():
    from include.needs_missing import VALUE

    @task
    def run():
        return VALUE

    run()


in_called_dag()
