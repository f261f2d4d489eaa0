"""Broken: a sensor's own keyword misspelt (poke_intervall)."""
from datetime import datetime

from airflow import DAG
from airflow.sensors.external_task import ExternalTaskSensor

with DAG("downstream", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    ExternalTaskSensor(task_id="wait_upstream", external_dag_id="nightly_export", poke_intervall=120)
