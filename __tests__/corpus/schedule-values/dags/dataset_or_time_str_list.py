from datetime import datetime
from airflow import DAG
from airflow.timetables.datasets import DatasetOrTimeSchedule
from airflow.timetables.trigger import CronTriggerTimetable

with DAG("ds_or_time_str_list", schedule=DatasetOrTimeSchedule(
        timetable=CronTriggerTimetable("0 1 * * *", timezone="UTC"), datasets=["s3://bucket/orders"]),
        start_date=datetime(2024, 1, 1), catchup=False):
    pass
