"""Waits for the upstream export, then loads it (healthy)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.sensors.external_task import ExternalTaskSensor

from common.defaults import DEFAULT_ARGS

with DAG(
    dag_id="warehouse_load",
    start_date=datetime(2024, 1, 1),
    schedule="@hourly",
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["warehouse"],
) as dag:
    wait = ExternalTaskSensor(task_id="wait_for_export", external_dag_id="partner_orders_etl", mode="reschedule", timeout=3600)
    done = EmptyOperator(task_id="done")
    wait >> done
