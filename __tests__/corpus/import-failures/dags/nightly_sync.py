import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("nightly_sync", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), schedule="@daily", catchup=False):
    EmptyOperator(task_id="sync")
