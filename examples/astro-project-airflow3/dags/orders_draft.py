"""Kept by the `!orders_draft.py` negation in .airflowignore (healthy)."""
import pendulum

from airflow.sdk import DAG
from airflow.providers.standard.operators.empty import EmptyOperator

with DAG("orders_draft", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"), tags=["orders"],
         default_args={"owner": "commerce", "retries": 2}):
    EmptyOperator(task_id="noop")
