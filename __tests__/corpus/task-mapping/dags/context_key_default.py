"""A @task parameter named like an Airflow context key (ds) with a default other than None: calling the task makes it,
and DecoratedOperator refuses the signature (ValueError: Context key parameter ds can't have a default other than None)."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "etl", "retries": 2}, tags=["etl"], catchup=False)
def context_key_default():
    @task
    def load(path, ds="2024-01-01"):
        print(path, ds)

    load("s3://bucket/orders")


context_key_default()
