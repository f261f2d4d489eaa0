"""A poke interval written as a string in default_args: the sensor task takes it and refuses it (AirflowException:
Operator arg `poke_interval` must be timedelta object or a non-negative number)."""
from datetime import timedelta

import pendulum

from airflow import DAG
from airflow.sensors.time_delta import TimeDeltaSensor

with DAG(
    "ledger_wait",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2, "mode": "reschedule", "poke_interval": "300"},
    tags=["finance"],
    catchup=False,
):
    TimeDeltaSensor(task_id="wait_settlement", delta=timedelta(hours=2))
