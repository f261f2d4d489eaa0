"""default_args execution_timeout in seconds with a project operator that sets its own beside a core EmptyOperator,
which gets the default: Airflow 2.10.5 fails the import (ValueError: execution_timeout must be timedelta object but
passed as type: <class 'int'>)."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from include.bounded import BoundedOperator

with DAG("bounded_and_core", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "treasury", "retries": 2, "execution_timeout": 600}, tags=["treasury"]):
    BoundedOperator(task_id="bounded")
    EmptyOperator(task_id="core")
