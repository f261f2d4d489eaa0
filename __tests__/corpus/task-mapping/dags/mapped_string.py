"""Dynamic task mapping over one string: expand() maps over lists and dicts only, so the DAG fails to build."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False)
def score_regions():
    @task
    def score(region, model):
        return f"{region}:{model}"

    score.partial(model="v2").expand(region="emea")


score_regions()
