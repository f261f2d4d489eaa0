"""A task's own trigger_rule misspelt: BaseOperator refuses it when the task is made, so the file does not import."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "finance", "retries": 2}

with DAG("ledger_rollup", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ledger"], catchup=False):
    start = EmptyOperator(task_id="start")
    done = EmptyOperator(task_id="done", trigger_rule="all_sucess")
    start >> done
