"""A start_date of date.today(): a date without a time, which DAG() cannot localise (AttributeError on .tzinfo)."""
from datetime import date

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "finance", "retries": 2}

with DAG("ledger_today", schedule="@daily", start_date=date.today(), default_args=ARGS, tags=["ledger"], catchup=False):
    EmptyOperator(task_id="close")
