"""A loop over a module list constant, the operator under an if whose condition is the same on every pass (a module flag set to True): the second pass repeats the task_id."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
from airflow.operators.bash import BashOperator

REGIONS = ["emea", "apac"]
REFRESH = True

with DAG("regions_refresh", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    for region in REGIONS:
        if REFRESH:
            BashOperator(task_id="refresh_region", bash_command=f"refresh {region}")
