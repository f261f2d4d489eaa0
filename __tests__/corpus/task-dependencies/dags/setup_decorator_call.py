"""Refused: @setup() with parentheses (TypeError: setup_task() missing 1 required positional argument: 'func')."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import setup


@setup()
def create():
    return 1


with DAG("setup_decorator_call", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    create()
