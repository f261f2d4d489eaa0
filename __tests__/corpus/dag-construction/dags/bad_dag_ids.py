"""A dag_id with spaces is not a key: DAG() refuses."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "ops", "retries": 2}

with DAG("Ops Daily Digest", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ops"]):
    EmptyOperator(task_id="digest")
