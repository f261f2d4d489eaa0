"""Refused: in a with delete.as_teardown(setups=create) block, the block's first task (trigger_rule all_done) is put
right after the setup (ValueError: Setup tasks must be followed with trigger rule ALL_SUCCESS)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("setup_teardown_context", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    create = EmptyOperator(task_id="create")
    delete = EmptyOperator(task_id="delete")
    with delete.as_teardown(setups=create):
        work = EmptyOperator(task_id="work", trigger_rule="all_done")
