from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator
from airflow.timetables.datasets import DatasetOrTimeSchedule
from airflow.timetables.trigger import CronTriggerTimetable

NIGHTLY = CronTriggerTimetable("0 0 * * *", timezone="UTC")

with DAG("ds_or_time_utc", start_date=datetime(2024, 1, 1), schedule=DatasetOrTimeSchedule(timetable=NIGHTLY, datasets=[Dataset("s3://x")])):
    EmptyOperator(task_id="t")

with DAG("ds_any_all", start_date=datetime(2024, 1, 1), schedule=(Dataset("s3://a") & Dataset("s3://b")) | Dataset("s3://c")):
    EmptyOperator(task_id="t")
