"""max_active_runs=2.0: a float is no int, TypeError on Airflow 2.10."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("ledger_runs_float", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args={"owner": "finance", "retries": 2}, max_active_runs=2.0, tags=["finance"], catchup=False):
    EmptyOperator(task_id="limited")
