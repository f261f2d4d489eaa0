"""Imports helpers whose relative imports work: a package module (ingest_pkg.settings), and a top-level module whose
relative import falls back to the top-level name."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from ingest_guarded import WINDOW
from ingest_pkg.settings import CHUNK

with DAG("package_helper", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "ingest", "retries": CHUNK // WINDOW}, tags=["ingest"]):
    EmptyOperator(task_id="load")
