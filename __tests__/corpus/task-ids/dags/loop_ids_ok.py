"""Loops that do not repeat a task_id: one item, a break after the first pass, the loop variable in the id."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

ARGS = {"owner": "platform", "retries": 2}

with DAG("regions_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    for region in ["emea"]:
        BashOperator(task_id="export_single", bash_command=f"export {region}")
    for region in ["emea", "apac"]:
        BashOperator(task_id="export_first", bash_command=f"export {region}")
        break
    for n in range(3):
        BashOperator(task_id=f"export_{n}", bash_command="true")
