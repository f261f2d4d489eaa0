"""Task arguments of the right name with a value BaseOperator (or the sensor) refuses when the task is made, on the
task itself rather than in default_args: execution_timeout in seconds through a module constant (ValueError), a
retry_delay string (TypeError), a sensor mode typo and a poke_interval string (AirflowException)."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.sensors.time_delta import TimeDeltaSensor

TIMEOUT_SECONDS = 600

with DAG("task_values", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    BashOperator(task_id="export", bash_command="echo export", execution_timeout=TIMEOUT_SECONDS)
    BashOperator(task_id="load", bash_command="echo load", retry_delay="5m")
    TimeDeltaSensor(task_id="settle", delta=timedelta(minutes=5), mode="resched")
    TimeDeltaSensor(task_id="wait", delta=timedelta(minutes=5), poke_interval="60")
