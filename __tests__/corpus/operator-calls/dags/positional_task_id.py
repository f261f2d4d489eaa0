"""Broken: operators take keyword arguments only (apply_defaults raises on positional ones)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("placeholder", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    EmptyOperator("begin")
