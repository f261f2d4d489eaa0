"""Broken: .override(task_id=None)(...) makes the task with no id (TypeError: The key has to be a string and is
<class 'NoneType'>:None)."""
from datetime import datetime

from airflow.decorators import dag, task


@task
def load(value):
    return value


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def taskflow_override_id_none():
    load.override(task_id=None)(1)


taskflow_override_id_none()
