"""An operator in a for loop whose task_id forgot the loop variable: the second pass adds the same task_id again
(DuplicateTaskIdFound)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

ARGS = {"owner": "platform", "retries": 2}

with DAG("regions_export", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    for region in ["emea", "apac", "amer"]:
        BashOperator(task_id="export_region", bash_command=f"export {region}")
