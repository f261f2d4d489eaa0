from datetime import datetime, timedelta

from airflow import DAG
from airflow.datasets import Dataset, DatasetAll, DatasetAny
from airflow.operators.empty import EmptyOperator
from airflow.timetables.datasets import DatasetOrTimeSchedule
from airflow.timetables.interval import DeltaDataIntervalTimetable
from airflow.timetables.simple import ContinuousTimetable
from airflow.timetables.trigger import CronTriggerTimetable

URIS = [Dataset("s3://a"), Dataset("s3://b")]

with DAG("continuous_one_run", schedule=ContinuousTimetable(), max_active_runs=1, start_date=datetime(2024, 1, 1), catchup=False):
    EmptyOperator(task_id="t")

with DAG("delta_hourly", schedule=DeltaDataIntervalTimetable(timedelta(hours=1)), start_date=datetime(2024, 1, 1), catchup=False):
    EmptyOperator(task_id="t")

with DAG("ds_any_objects", schedule=DatasetAny(Dataset("s3://a"), DatasetAll(*URIS)), start_date=datetime(2024, 1, 1)):
    EmptyOperator(task_id="t")

with DAG("ds_or_time_objects", schedule=DatasetOrTimeSchedule(timetable=CronTriggerTimetable("0 1 * * *", timezone="UTC"), datasets=URIS), start_date=datetime(2024, 1, 1)):
    EmptyOperator(task_id="t")
