"""Refused: a mapped operator with trigger_rule all_done in a fail_stop DAG (FailStopDagInvalidTriggerRule when the
mapped task joins the DAG)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

with DAG("fail_stop_mapped", fail_stop=True, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    PythonOperator.partial(task_id="report", python_callable=print, trigger_rule="all_done").expand(op_args=[[1], [2]])
