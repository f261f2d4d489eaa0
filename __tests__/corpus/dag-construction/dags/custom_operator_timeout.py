"""default_args execution_timeout in seconds, but the DAG's only task is a project operator whose __init__ sets
execution_timeout itself: Airflow 2.10.5 loads the DAG (BaseOperator gets the operator's timedelta)."""
import pendulum
from airflow import DAG

from include.bounded import BoundedOperator

with DAG("bounded_only", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "treasury", "retries": 2, "execution_timeout": 600}, tags=["treasury"]):
    BoundedOperator(task_id="bounded")
