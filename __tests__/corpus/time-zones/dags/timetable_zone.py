"""A cron timetable's timezone= is loaded by pendulum when the timetable is built."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.timetables.trigger import CronTriggerTimetable

ARGS = {"owner": "platform", "retries": 2}

with DAG(
    "timetable_zone",
    schedule=CronTriggerTimetable("0 6 * * 1-5", timezone="America/Sao_Paolo"),
    start_date=datetime(2024, 1, 1),
    default_args=ARGS,
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
