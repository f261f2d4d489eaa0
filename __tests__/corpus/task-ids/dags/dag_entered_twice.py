"""One DAG object entered by two with blocks: both add to the same DAG."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

payouts = DAG("payouts", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["payouts"], catchup=False)

with payouts:
    EmptyOperator(task_id="settle")

with payouts:
    EmptyOperator(task_id="settle")
