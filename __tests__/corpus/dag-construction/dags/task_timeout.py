"""execution_timeout in seconds in default_args (a TaskFlow DAG): ValueError when the task is built."""
from datetime import datetime

from airflow.decorators import dag, task

TIMEOUT_SECONDS = 1800


@dag(schedule="@hourly", start_date=datetime(2024, 1, 1), catchup=False, default_args={"owner": "billing", "retries": 2, "execution_timeout": TIMEOUT_SECONDS}, tags=["billing"])
def billing_poll():
    @task
    def poll():
        return 1

    poll()


billing_poll()
