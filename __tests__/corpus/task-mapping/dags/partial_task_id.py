"""A @task's partial() takes only the function's own arguments: partial(task_id=...) fails the import with TypeError:
partial() got an unexpected keyword argument 'task_id' (task arguments go in @task(...) or .override(...))."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def partial_task_id():
    @task
    def notify(channel, message):
        print(channel, message)

    notify.partial(task_id="notify_all", message="done").expand(channel=["ops", "data"])


partial_task_id()
