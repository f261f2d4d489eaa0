from datetime import datetime

from airflow import DAG


def unused_builder():
    with DAG("never_built", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
        pass
