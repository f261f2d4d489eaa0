"""Only one scheduling argument is true: schedule_interval=None beside schedule=, a dataset schedule, a timetable."""
import pendulum
from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator
from airflow.timetables.trigger import CronTriggerTimetable

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "crm", "retries": 2}

with DAG("crm_nightly", schedule="0 2 * * *", schedule_interval=None, start_date=START, catchup=False, default_args=ARGS, tags=["crm"]):
    EmptyOperator(task_id="run")

with DAG("crm_on_contacts", schedule=[Dataset("s3://crm/contacts")], start_date=START, catchup=False, default_args=ARGS, tags=["crm"]):
    EmptyOperator(task_id="run")

with DAG("crm_weekdays", timetable=CronTriggerTimetable("30 7 * * 1-5", timezone="UTC"), start_date=START, catchup=False, default_args=ARGS, tags=["crm"]):
    EmptyOperator(task_id="run")
