"""The zone comes from the environment, with a misspelt default: every parse without PIPELINE_TZ (CI, astro dev parse)
fails with InvalidTimezone. The Dockerfile does not set it, but a Deployment's environment variables may: a warning."""
import os

import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

PIPELINE_TZ = os.getenv("PIPELINE_TZ", "Europe/Londn")

with DAG(
    "env_default_zone",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz=PIPELINE_TZ),
    default_args={"owner": "platform", "retries": 2},
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
