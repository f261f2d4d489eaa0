"""expand_kwargs() takes a list of dicts or a task's output: one dict of lists (the shape expand() takes) fails the
import with TypeError: expected XComArg or list[dict], not dict."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_kwargs_dict():
    @task
    def export(table, fmt):
        print(table, fmt)

    export.expand_kwargs({"table": ["orders", "users"], "fmt": ["csv", "csv"]})


mapped_kwargs_dict()
