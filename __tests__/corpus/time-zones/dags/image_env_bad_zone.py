"""A valid default, but the Dockerfile's ENV sets REPORT_TZ to a misspelt zone: the image's parse fails with
InvalidTimezone."""
import os

import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "image_env_bad_zone",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz=pendulum.timezone(os.getenv("REPORT_TZ", "UTC"))),
    default_args={"owner": "platform", "retries": 2},
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
