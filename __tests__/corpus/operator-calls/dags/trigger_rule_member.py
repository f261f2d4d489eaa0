"""Broken: TriggerRule has no member ALL_SUCCESSFUL (AttributeError while the file is imported)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.sensors.filesystem import FileSensor
from airflow.utils.trigger_rule import TriggerRule

with DAG("landing", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    wait = FileSensor(task_id="wait", filepath="/data/in.csv", poke_interval=60, mode="reschedule")
    done = EmptyOperator(task_id="done", trigger_rule=TriggerRule.ALL_SUCCESSFUL)
    wait >> done
