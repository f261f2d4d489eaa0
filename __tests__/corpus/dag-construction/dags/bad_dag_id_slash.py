"""A dag_id with a slash in it is not a key either; the next file's dotted, dashed id is."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(dag_id="ops/cleanup", schedule="@daily", start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    EmptyOperator(task_id="clean")
