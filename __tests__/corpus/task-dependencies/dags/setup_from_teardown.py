"""Refused: as_teardown(setups=create) makes create a setup task, and the task right after it has trigger_rule
all_done (ValueError: Setup tasks must be followed with trigger rule ALL_SUCCESS)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("setup_from_teardown", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    create = EmptyOperator(task_id="create")
    delete = EmptyOperator(task_id="delete")
    work = EmptyOperator(task_id="work", trigger_rule="all_done")
    create >> work >> delete.as_teardown(setups=create)
