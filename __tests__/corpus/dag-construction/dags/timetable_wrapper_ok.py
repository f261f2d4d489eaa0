"""Tester 3 of stop 30: a CronTriggerTimetable subclass of the same name that supplies the time zone (Airflow 2.10.5 loads the file): no dag-argument-invalid."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.timetables.trigger import CronTriggerTimetable
class CronTriggerTimetable(CronTriggerTimetable):
    def __init__(self, cron, tz="Europe/Paris"):
        super().__init__(cron, timezone=tz)
with DAG("f6", schedule=CronTriggerTimetable("0 1 * * *"), start_date=pendulum.datetime(2024, 1, 1)):
    EmptyOperator(task_id="a")
