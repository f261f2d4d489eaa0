"""The same callback defined above the @task that names it: loads."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["alerts"], catchup=False)
def local_callback_ok():
    def alert(context):
        print(context)

    @task(on_failure_callback=alert)
    def extract():
        pass

    extract()


local_callback_ok()
