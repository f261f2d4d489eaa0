"""A timetable= object next to schedule=: refused; schedule_interval=None next to schedule= is fine."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.timetables.trigger import CronTriggerTimetable

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "crm", "retries": 2}
EVERY_TWO_HOURS = timedelta(hours=2)

broken = DAG(
    "crm_sync_broken",
    timetable=CronTriggerTimetable("0 6 * * *", timezone="UTC"),
    schedule=EVERY_TWO_HOURS,
    start_date=START,
    catchup=False,
    default_args=ARGS,
    tags=["crm"],
)
EmptyOperator(task_id="sync", dag=broken)
