"""enumerate() over a module list: as many passes as the list has items, each adding the same task_id."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

STEPS = ["extract", "transform", "load"]

with DAG("steps_numbered", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["steps"], catchup=False):
    for number, step in enumerate(STEPS):
        EmptyOperator(task_id="step", doc_md=f"{number}: {step}")
