"""Required Params where the DAG cannot be scheduled: schedule=None, NullTimetable(), an @dag with schedule=None, and
schedule=None taking over from schedule_interval= given as None beside a cron (Airflow takes schedule_interval).
All import fine."""
import pendulum
from airflow import DAG
from airflow.decorators import dag
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator
from airflow.timetables.simple import NullTimetable

START = pendulum.datetime(2024, 1, 1, tz="UTC")
DEFAULTS = {"owner": "ops", "retries": 2}

with DAG("manual_only", schedule=None, start_date=START, tags=["ops"], default_args=DEFAULTS, params={"ticket": Param(type="string")}):
    EmptyOperator(task_id="run")

with DAG("null_timetable", schedule=NullTimetable(), start_date=START, tags=["ops"], default_args=DEFAULTS, params={"ticket": Param(type="string")}):
    EmptyOperator(task_id="run")


@dag(schedule=None, start_date=START, tags=["ops"], default_args=DEFAULTS)
def manual_function(ticket=Param(type="string")):
    EmptyOperator(task_id="run")


manual_function()

# schedule_interval= given (None) is what Airflow takes over schedule=: NullTimetable.
with DAG("interval_none", schedule="@daily", schedule_interval=None, start_date=START, tags=["ops"], default_args=DEFAULTS, params={"ticket": Param(type="string")}):
    EmptyOperator(task_id="run")
