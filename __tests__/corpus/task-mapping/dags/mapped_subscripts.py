"""expand() over a subscript that is no task output: a module constant's key and a plain function's result are
lists, and the file loads."""
from datetime import datetime

from airflow.decorators import dag, task

SETTINGS = {"regions": ["emea", "apac"]}


def plain_listing():
    return {"files": ["a.csv"]}


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_subscripts():
    @task
    def show(x):
        print(x)

    show.expand(x=SETTINGS["regions"])
    show.override(task_id="show_files").expand(x=plain_listing()["files"])


mapped_subscripts()
