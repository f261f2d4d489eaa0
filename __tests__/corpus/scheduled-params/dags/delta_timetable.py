"""A required Param on a DeltaDataIntervalTimetable passed as timetable= (the deprecated keyword): the import fails."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator
from airflow.timetables.interval import DeltaDataIntervalTimetable

HOURLY = DeltaDataIntervalTimetable(timedelta(hours=1))

with DAG(
    "delta_timetable",
    timetable=HOURLY,
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["reports"],
    default_args={"owner": "reports", "retries": 2},
    params={"limit": Param(type="integer", minimum=1)},
):
    EmptyOperator(task_id="start")
