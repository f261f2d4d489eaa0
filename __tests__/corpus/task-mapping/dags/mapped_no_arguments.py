"""A @task's expand() with nothing to map over: TypeError: no arguments to expand against."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False)
def mapped_no_arguments():
    @task
    def score(region, model):
        print(region, model)

    score.partial(region="emea", model="v2").expand()


mapped_no_arguments()
