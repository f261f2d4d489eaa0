"""No start_date= argument, and still valid: it is in default_args, the schedule is None, or unknown."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from billing_defaults import defaults

WITH_START = {"owner": "billing", "retries": 2, "start_date": pendulum.datetime(2024, 5, 1, tz="UTC")}

with DAG("statement_builder", schedule="@daily", catchup=False, default_args=WITH_START, tags=["billing"]):
    EmptyOperator(task_id="build")

with DAG("manual_refund", schedule=None, catchup=False, default_args={"owner": "billing", "retries": 2}, tags=["billing"]):
    EmptyOperator(task_id="refund")

with DAG("ledger_export", schedule="@daily", catchup=False, default_args=defaults(), tags=["billing"]):
    EmptyOperator(task_id="export")
