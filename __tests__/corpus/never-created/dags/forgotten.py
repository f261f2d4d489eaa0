from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}, catchup=False)
def forgotten_pipeline():
    @task
    def extract():
        return 1

    extract()


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}, catchup=False)
def created_pipeline():
    @task
    def load():
        return 2

    load()


created_pipeline()
