"""expand() over iterators made into lists (list(zip(...)), sorted(...) of a dict's keys, a list comprehension over
enumerate()), and zip when the file defines a function of that name returning a list: none is reported."""
from datetime import datetime

from airflow.decorators import dag, task

TABLES = {"orders": "s3://a", "users": "s3://b"}


def zip(names, formats):
    return [f"{names[i]}.{formats[i]}" for i in range(len(names))]


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_iterators_ok():
    @task
    def sync(item):
        print(item)

    sync.expand(item=list(map(str.upper, ["orders", "users"])))
    sync.expand(item=sorted(TABLES.keys()))
    sync.expand(item=[f"{i}:{t}" for i, t in enumerate(TABLES)])
    sync.expand(item=zip(["orders"], ["csv"]))


mapped_iterators_ok()
