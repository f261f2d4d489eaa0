"""A schedule given by position: DAG() and dag() take dag_id, description, schedule first (airflow/models/dag.py)."""
import pendulum
from airflow import DAG
from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "ops", "retries": 2}
START = pendulum.datetime(2024, 5, 1, tz="UTC")

# The third positional argument is the schedule: no AIR002.
with DAG("positional_schedule", "Nightly load", "@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ops"]):
    EmptyOperator(task_id="load")

plain = DAG("positional_none", "Manual only", None, start_date=START, default_args=ARGS, tags=["ops"])


@dag("positional_decorated", "Hourly", "@hourly", start_date=START, catchup=False, default_args=ARGS, tags=["ops"])
def positional_decorated():
    EmptyOperator(task_id="run")


positional_decorated()

# Only a description by position: no schedule given (AIR002).
only_description = DAG("positional_description", "No schedule", start_date=START, catchup=False, default_args=ARGS, tags=["ops"])
