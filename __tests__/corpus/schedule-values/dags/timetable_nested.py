from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator
from airflow.timetables.datasets import DatasetOrTimeSchedule
from airflow.timetables.trigger import CronTriggerTimetable

# CronTriggerTimetable's timezone is a required keyword: the call fails before DatasetOrTimeSchedule gets it.
with DAG(
    "ds_or_time_no_tz",
    start_date=datetime(2024, 1, 1),
    schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 0 * * *"), datasets=[Dataset("s3://x")]),
):
    EmptyOperator(task_id="t")
