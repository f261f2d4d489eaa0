"""@dag functions handed to map() whose iterator module code consumes: list(), a for loop, a starred display."""
from datetime import datetime

from airflow.decorators import dag, task

ARGS = {"owner": "growth", "retries": 2}


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def mapped_listed(name="x"):
    @task
    def t():
        return name

    t()


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def mapped_looped(name="x"):
    @task
    def t():
        return name

    t()


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def mapped_starred(name="x"):
    @task
    def t():
        return name

    t()


list(map(mapped_listed, ["us"]))
for _made in map(mapped_looped, ["us"]):
    pass
MADE = [*map(mapped_starred, ["us"])]
