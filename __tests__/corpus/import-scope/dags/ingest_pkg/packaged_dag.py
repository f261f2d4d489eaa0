"""A DAG file inside a package folder (it has an __init__.py): DagBag still loads it as a top-level module under a
made-up name, so its relative import fails."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from .limits import ROWS

with DAG("packaged_dag", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "ingest", "retries": ROWS // 500}, tags=["ingest"]):
    EmptyOperator(task_id="load")
