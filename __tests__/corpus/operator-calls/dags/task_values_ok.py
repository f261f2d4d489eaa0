"""Task argument values Airflow 2.10.5 takes: retries as a numeric string (converted, with a warning), retry_delay in
seconds, execution_timeout None or a timedelta, a sensor's mode 'reschedule' and a float poke_interval, pool_slots 1."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.sensors.time_delta import TimeDeltaSensor

with DAG("task_values_ok", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    BashOperator(task_id="export", bash_command="echo export", retries="3", retry_delay=30, execution_timeout=None, pool_slots=1)
    BashOperator(task_id="load", bash_command="echo load", execution_timeout=timedelta(minutes=30))
    TimeDeltaSensor(task_id="settle", delta=timedelta(minutes=5), mode="reschedule", poke_interval=60.5, timeout=0)
