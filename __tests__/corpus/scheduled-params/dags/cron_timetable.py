"""A required Param on a DAG scheduled by a timetable: CronTriggerTimetable can be scheduled, so the import fails."""
import pendulum
from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator
from airflow.timetables.trigger import CronTriggerTimetable

with DAG(
    "cron_timetable",
    schedule=CronTriggerTimetable("0 6 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["reports"],
    default_args={"owner": "reports", "retries": 2},
    params={"region": Param(type="string")},
):
    EmptyOperator(task_id="start")
