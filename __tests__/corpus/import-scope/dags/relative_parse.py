"""A relative import at module level: Airflow loads this file as a top-level module, so it has no parent package."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from .shared_limits import LIMIT

with DAG("relative_parse", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "ingest", "retries": LIMIT // 250}, tags=["ingest"]):
    EmptyOperator(task_id="load")
