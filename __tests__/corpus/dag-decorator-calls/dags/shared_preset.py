"""One dag(...) configuration shared by several @-decorated functions through a module name."""
from datetime import datetime

from airflow.decorators import dag, task

nightly = dag(schedule="0 2 * * *", start_date=datetime(2024, 1, 1), default_args={"owner": "analytics", "retries": 2}, tags=["nightly"], catchup=False)


@nightly
def nightly_orders():
    @task
    def load():
        return 1

    load()


@nightly
def nightly_refunds():
    @task
    def load():
        return 1

    load()


nightly_orders()
nightly_refunds()
