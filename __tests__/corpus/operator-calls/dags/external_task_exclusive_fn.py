"""execution_delta with execution_date_fn, a function of the file: ValueError: Only one of `execution_delta` or
`execution_date_fn` may be provided to ExternalTaskSensor; not both."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.sensors.external_task_sensor import ExternalTaskSensor


def previous_hour(logical_date, **_):
    return logical_date - timedelta(hours=1)


with DAG("external_task_exclusive_fn", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    ExternalTaskSensor(task_id="wait", external_dag_id="upstream", execution_delta=timedelta(hours=1), execution_date_fn=previous_hour)
