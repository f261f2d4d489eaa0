"""Values Python builds fine: a leap day, the last second of a year, a float timedelta component, a 100-character tag
built by repetition, max_consecutive_failed_dag_runs=0, `datetime.datetime` after `import datetime`, a default_args
start_date string beside Airflow's timezone.datetime(..., tzinfo=None) (naive: DAG() parses the string), an invalid
date only inside a function nothing calls."""
import datetime
from datetime import timedelta

import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils import timezone

LEAP = pendulum.datetime(2024, 2, 29, tz="UTC")


def never_called():
    return datetime.datetime(2024, 13, 1)


with DAG(
    "ledger_leap_day",
    schedule="@daily",
    start_date=LEAP,
    end_date=datetime.datetime(2099, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.timezone.utc),
    dagrun_timeout=timedelta(hours=1.5),
    max_consecutive_failed_dag_runs=0,
    description="Nightly ledger close",
    default_args={"owner": "finance", "retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["finance", "x" * 100, "y" * 0],
    catchup=False,
):
    EmptyOperator(task_id="fine")

with DAG(
    "ledger_naive_timezone_datetime",
    schedule=None,
    start_date=timezone.datetime(2000, 2, 29, tzinfo=None),
    default_args={"owner": "finance", "retries": 2, "start_date": "2024-02-01"},
    tags=["finance"],
):
    EmptyOperator(task_id="fine")
