"""Refused: a @task given another's output (a data dependency), then chain() back to the producer."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.models.baseoperator import chain


@task
def extract():
    return 1


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def cycle_taskflow():
    @task
    def load(value):
        return value

    raw = extract()
    loaded = load(raw)
    chain(loaded, raw)


cycle_taskflow()
