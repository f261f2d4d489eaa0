"""@dag functions handed to map() and filter() whose lazy iterators nothing consumes: never called, no DAG."""
from datetime import datetime

from airflow.decorators import dag, task

ARGS = {"owner": "growth", "retries": 2}


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def lazy_region(name="x"):
    @task
    def t():
        return name

    t()


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def lazy_filtered(name="x"):
    @task
    def t():
        return name

    t()


map(lazy_region, ["us", "eu"])
filter(lazy_filtered, ["us"])
