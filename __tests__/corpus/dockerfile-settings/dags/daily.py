import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "daily",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2},
    tags=["settings"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
