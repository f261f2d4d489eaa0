"""A timedelta through schedule_interval= (which Airflow takes over schedule=None beside it): the import fails."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG("interval_schedule_interval", schedule_interval=timedelta(hours=6), start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), tags=["ops"], default_args={"owner": "ops", "retries": 2}, params={"target": Param(type="string")}):
    EmptyOperator(task_id="sync")
