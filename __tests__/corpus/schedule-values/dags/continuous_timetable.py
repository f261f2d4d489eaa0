from datetime import datetime
from airflow import DAG
from airflow.timetables.simple import ContinuousTimetable

with DAG("tt_continuous", schedule=ContinuousTimetable(), start_date=datetime(2024, 1, 1), catchup=False):
    pass
