"""expand() over a bytes literal maps over its items (bytes is a sequence): the file loads."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_bytes():
    @task
    def show(x):
        print(x)

    show.expand(x=b"ab")


mapped_bytes()
