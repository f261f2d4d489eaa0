"""A task's own weight_rule misspelt, through a module constant: the priority strategy is unknown when the task is made."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "finance", "retries": 2}
RULE = "upstreams"

with DAG("ledger_weights", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ledger"], catchup=False):
    EmptyOperator(task_id="rank", weight_rule=RULE)
