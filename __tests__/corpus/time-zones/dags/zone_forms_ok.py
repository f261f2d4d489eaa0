"""Zone names and forms that load: none is reported."""
import os

import pendulum

from airflow import DAG
from airflow.decorators import task
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
# Files of the system zoneinfo directory that are no IANA keys but load all the same.
RULES = pendulum.timezone("posixrules")
POSIX_PARIS = pendulum.timezone("posix/Europe/Paris")
# An environment variable with a valid default, and one without a default (nothing known).
HOME_TZ = os.getenv("HOME_TZ", "Europe/London")
OTHER_TZ = os.environ.get("OTHER_TZ")

with DAG(
    "zone_forms_ok",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, 6, 0, 0, 0, "America/Sao_Paulo"),
    end_date=pendulum.datetime(2030, 1, 1, tz=HOME_TZ).in_tz("Asia/Tokyo"),
    default_args=ARGS,
    tags=["tz"],
    catchup=False,
):

    @task
    def later():
        # Runs in the task, not while the file is imported.
        return pendulum.now().in_timezone("Mars/Base_One")

    later()
    EmptyOperator(task_id="noop")
