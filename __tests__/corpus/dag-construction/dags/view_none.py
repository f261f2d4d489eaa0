"""default_view=None: DAG() keeps only one of its presets, None included in what it refuses (AirflowException: Invalid
values of dag.default_view)."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("ledger_no_view", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args={"owner": "finance", "retries": 2}, default_view=None, tags=["finance"], catchup=False):
    EmptyOperator(task_id="viewed")
