"""Airflow's timetables called with arguments their __init__ does not take (Airflow 2.10.5: TypeError when the file
is imported): CronTriggerTimetable without its keyword-only timezone, with the time zone given by position, with
run_immediately (Airflow 2.11 and 3 only); CronDataIntervalTimetable without its time zone."""
import pendulum
from airflow import DAG
from airflow.timetables.interval import CronDataIntervalTimetable
from airflow.timetables.trigger import CronTriggerTimetable

NIGHTLY = CronTriggerTimetable("0 2 * * *")

with DAG("timetable_no_zone", schedule=NIGHTLY, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass

with DAG("timetable_zone_by_position", schedule=CronTriggerTimetable("0 2 * * *", "UTC"), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass

with DAG("timetable_run_immediately", schedule=CronTriggerTimetable("0 2 * * *", timezone="UTC", run_immediately=True), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass

with DAG("interval_no_zone", timetable=CronDataIntervalTimetable("0 2 * * *"), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "platform", "retries": 2}, tags=["construction"]):
    pass
