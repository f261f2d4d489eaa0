"""A valid key with dots and dashes."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(dag_id="ops.cleanup-v2", schedule="@daily", start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    EmptyOperator(task_id="clean")
