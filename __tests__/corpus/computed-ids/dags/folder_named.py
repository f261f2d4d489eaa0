"""A file directly in the DAG folder: its folder's name is `dags`."""
import os
from pathlib import Path

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

SETTINGS = {"owner": "platform", "retries": 2}
START = pendulum.datetime(2024, 5, 1, tz="UTC")

with DAG(Path(__file__).parent.name + "_housekeeping", schedule="@daily", start_date=START, catchup=False, default_args=SETTINGS, tags=["ops"]):
    EmptyOperator(task_id="sweep")

with DAG(Path(__file__).name.replace(".py", "") + "_" + os.path.splitext(os.path.basename(__file__))[0], schedule="@daily", start_date=START, catchup=False, default_args=SETTINGS, tags=["ops"]):
    EmptyOperator(task_id="sweep")

# Above the DAG folder: /usr/local/airflow in the image, the checkout's folder in CI; not worked out.
with DAG(Path(__file__).parent.parent.name + "_project", schedule=None, start_date=START, catchup=False, default_args=SETTINGS, tags=["ops"]):
    EmptyOperator(task_id="sweep")
