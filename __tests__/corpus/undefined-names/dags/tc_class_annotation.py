from datetime import datetime
from typing import TYPE_CHECKING

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from pendulum import DateTime


class Window:
    # A class body runs at import, and so does its annotation.
    start: DateTime


with DAG("tc_class_annotation", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
