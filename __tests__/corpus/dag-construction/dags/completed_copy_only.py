"""Only a copy of default_args gets the start_date (`dict(...)` makes a new dict): the DAG given the original has a
schedule and no start_date, and Airflow 2.10.5 fails the import (ValueError: DAG is missing the start_date parameter)."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

copied_base = {"owner": "treasury", "retries": 2}
copied = dict(copied_base)
copied["start_date"] = pendulum.datetime(2024, 5, 1, tz="UTC")

with DAG("copy_completed", schedule="@daily", catchup=False, default_args=copied_base, tags=["treasury"]):
    EmptyOperator(task_id="a")
