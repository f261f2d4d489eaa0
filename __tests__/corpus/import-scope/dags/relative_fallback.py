"""A relative import with a fallback to the top-level name: the except branch runs, the file imports."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

try:
    from .shared_limits import LIMIT
except ImportError:
    from shared_limits import LIMIT

with DAG("relative_fallback", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), default_args={"owner": "ingest", "retries": 2}, tags=["ingest"]):
    EmptyOperator(task_id="load", pool_slots=max(1, LIMIT // 500))
