"""globals() binds another name (`globals()["CLOSE_LIMIT"] = ...`): the constant CLOSE_TIMEOUT stays an int, and
Airflow 2.10.5 fails the import (TypeError: 'dagrun_timeout' has an invalid type <class 'int'>)."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

CLOSE_TIMEOUT = 3600
globals()["CLOSE_LIMIT"] = timedelta(seconds=CLOSE_TIMEOUT)

with DAG("close_timeout_int", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), dagrun_timeout=CLOSE_TIMEOUT, default_args={"owner": "treasury", "retries": 2}, tags=["treasury"]):
    EmptyOperator(task_id="a")
