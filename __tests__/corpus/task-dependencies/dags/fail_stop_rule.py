"""Refused: a fail_stop DAG with a task whose trigger_rule is not all_success (FailStopDagInvalidTriggerRule)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

from airflow.utils.trigger_rule import TriggerRule

with DAG("fail_stop_rule", fail_stop=True, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    a = EmptyOperator(task_id="a")
    cleanup = EmptyOperator(task_id="cleanup", trigger_rule=TriggerRule.ALL_DONE)
    a >> cleanup
