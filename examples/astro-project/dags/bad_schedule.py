# BROKEN: hour 25 does not exist - the DAG fails to load with an invalid cron expression.
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    dag_id="nightly_cleanup",
    start_date=datetime(2024, 1, 1),
    schedule="0 25 * * *",
    catchup=False,
    default_args={"owner": "platform", "retries": 2},
    tags=["maintenance"],
) as dag:
    EmptyOperator(task_id="cleanup")
