"""Refused: a task right after a setup task with trigger_rule one_success (ValueError: Setup tasks must be followed
with trigger rule ALL_SUCCESS, from DAG.validate_setup_teardown)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("setup_downstream_rule", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    create = EmptyOperator(task_id="create").as_setup()
    work = EmptyOperator(task_id="work", trigger_rule="one_success")
    create >> work
