"""The zone comes from the image: the Dockerfile's ENV sets DAG_TZ to a valid zone, so the empty getenv default is
never used there and the import works."""
import os

import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

TZ = pendulum.timezone(os.getenv("DAG_TZ", ""))

with DAG(
    "image_env_zone",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz=TZ),
    default_args={"owner": "platform", "retries": 2},
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
