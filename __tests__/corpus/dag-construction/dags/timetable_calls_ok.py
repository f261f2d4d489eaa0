"""Timetables called as Airflow 2.10.5 defines them: no error."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.timetables.interval import CronDataIntervalTimetable, DeltaDataIntervalTimetable
from airflow.timetables.trigger import CronTriggerTimetable

with DAG("timetable_keyword_zone", schedule=CronTriggerTimetable("0 2 * * *", timezone="UTC", interval=timedelta(hours=1)), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass

with DAG("interval_positional_zone", schedule=CronDataIntervalTimetable("0 2 * * *", "UTC"), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass

with DAG("delta_interval", schedule=DeltaDataIntervalTimetable(timedelta(hours=6)), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass
