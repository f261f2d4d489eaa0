from datetime import datetime, timedelta
from airflow import DAG
from airflow.timetables.interval import DeltaDataIntervalTimetable

with DAG("tt_delta_zero", schedule=DeltaDataIntervalTimetable(timedelta(0)), start_date=datetime(2024, 1, 1)):
    pass
