"""expand() over a generator expression or a set comprehension: neither is a sequence, so Airflow 2.10.5 refuses
them while the DAG is built (ValueError: expand() got an unexpected type 'generator')."""
from datetime import datetime

from airflow.decorators import dag, task

REGIONS = ["emea", "amer"]


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_generator():
    @task
    def load(region):
        print(region)

    load.expand(region=(r.upper() for r in REGIONS))
    load.expand(region={r.lower() for r in REGIONS})


mapped_generator()
