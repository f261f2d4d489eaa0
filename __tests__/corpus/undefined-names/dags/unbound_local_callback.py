"""A callback defined below the @task that names it, in the called @dag function: UnboundLocalError at import."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["alerts"], catchup=False)
def unbound_local_callback():
    @task(on_failure_callback=alert)
    def extract():
        pass

    def alert(context):
        print(context)

    extract()


unbound_local_callback()
