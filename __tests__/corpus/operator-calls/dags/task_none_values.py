"""Task arguments BaseOperator (or the sensor) refuses as None, on the task itself: retry_delay (TypeError: unsupported
type for timedelta seconds component: NoneType), pool_slots (TypeError: '<' not supported), trigger_rule
(AirflowException), a sensor's poke_interval (AirflowException), and @task(retry_delay=None) on a called task."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
from airflow.sensors.time_delta import TimeDeltaSensor

NO_SLOTS = None

with DAG("task_none_values", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    BashOperator(task_id="export", bash_command="echo export", retry_delay=None)
    EmptyOperator(task_id="load", pool_slots=NO_SLOTS)
    EmptyOperator(task_id="join", trigger_rule=None)
    TimeDeltaSensor(task_id="settle", delta=timedelta(minutes=5), poke_interval=None)

    @task(retry_delay=None)
    def report():
        return 1

    report()
