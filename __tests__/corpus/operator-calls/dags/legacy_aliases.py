"""Broken: Airflow 1 style imports still work on 2.10, but DummyOperator has no `retry` keyword."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash_operator import BashOperator
from airflow.operators.dummy import DummyOperator as Noop

with DAG("legacy_flow", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["legacy"], catchup=False):
    start = Noop(task_id="start")
    work = BashOperator(task_id="work", bash_command="echo work")
    end = Noop(task_id="end", retry=2)
    start >> work >> end
