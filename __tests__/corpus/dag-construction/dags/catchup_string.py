"""catchup written as a string: DAG() checks its arguments' types (Airflow 2.10) and fails with TypeError."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), catchup="False", default_args={"owner": "billing", "retries": 2}, tags=["billing"])
def billing_rollup():
    @task
    def rollup():
        return 1

    rollup()


billing_rollup()
