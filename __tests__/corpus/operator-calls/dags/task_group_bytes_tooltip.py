"""Broken: a bytes tooltip (b"...") is no str: TaskGroup's validate_instance_args raises
TypeError: 'tooltip' has an invalid type <class 'bytes'> with value b'Load steps', expected type is <class 'str'>.
The same through a module constant in an @task_group(...) whose function is called."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task_group
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

COLOUR = b"#ffeeee"

with DAG("task_group_bytes_tooltip", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup("load", tooltip=b"Load steps"):
        EmptyOperator(task_id="orders")

    @task_group(ui_color=COLOUR)
    def publish():
        EmptyOperator(task_id="export")

    publish()
