from datetime import datetime

from airflow.decorators import dag, task


@dag(start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})
def in_task_body():
    @task
    def load():
        # Runs only when the task runs: the import is fine, the task would fail (a warning).
        return pandas.DataFrame()

    load()


in_task_body()


def notify(context):
    send_to_pager(context)
