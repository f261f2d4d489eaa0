"""expand() over iterators and a frozenset, which are neither sequences nor mappings (ValueError: expand() got an
unexpected type 'zip'): zip(), map(), enumerate(), filter(), frozenset(), and a module dict's .keys()."""
from datetime import datetime

from airflow.decorators import dag, task

TABLES = {"orders": "s3://a", "users": "s3://b"}


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_iterators():
    @task
    def sync(item):
        print(item)

    sync.expand(item=zip(["orders", "users"], ["csv", "json"]))
    sync.expand(item=map(str.upper, ["orders", "users"]))
    sync.expand(item=enumerate(["orders", "users"]))
    sync.expand(item=filter(None, ["orders", ""]))
    sync.expand(item=frozenset(["orders"]))
    sync.expand(item=TABLES.keys())


mapped_iterators()
