"""expand_kwargs() over a list of names instead of a list of dicts: TypeError: expected XComArg or list[dict], not list."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_kwargs_names():
    @task
    def archive(table):
        print(table)

    archive.expand_kwargs(["orders", "users"])


mapped_kwargs_names()
