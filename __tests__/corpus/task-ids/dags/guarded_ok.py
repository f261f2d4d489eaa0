"""Clashes that do not fail the import: a handler or contextlib.suppress catches the error."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
import contextlib
import logging

try:
    with DAG("guarded_try", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["guarded"], catchup=False):
        EmptyOperator(task_id="sync")
        EmptyOperator(task_id="sync")
except Exception:
    logging.exception("guarded_try is broken")

with contextlib.suppress(Exception):
    with DAG("guarded_suppress", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["guarded"], catchup=False):
        EmptyOperator(task_id="sync")
        EmptyOperator(task_id="sync")
