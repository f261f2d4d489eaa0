"""Imports a plain module of dags/ (a top-level module) whose own relative import has no parent package: fails."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from ingest_common import BATCH

with DAG("relative_helper", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "ingest", "retries": BATCH // 25}, tags=["ingest"]):
    EmptyOperator(task_id="load")
