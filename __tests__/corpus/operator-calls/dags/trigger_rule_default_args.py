"""Broken: a misspelt TriggerRule member in default_args fails as soon as the dict is built (AttributeError)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.trigger_rule import TriggerRule

DEFAULTS = {"owner": "ops", "retries": 2, "trigger_rule": TriggerRule.NONE_FAILED_MIN_ONE_SUCESS}

with DAG("join_paths", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=DEFAULTS, tags=["ops"], catchup=False):
    EmptyOperator(task_id="join")
