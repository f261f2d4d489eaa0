"""Refused: default_args={"trigger_rule": "all_done"} in the same call as fail_stop=True, and a task without a
trigger_rule of its own (FailStopDagInvalidTriggerRule)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("fail_stop_default_args", fail_stop=True, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2, "trigger_rule": "all_done"}, tags=["ops"], catchup=False):
    EmptyOperator(task_id="extract")
    EmptyOperator(task_id="load")
