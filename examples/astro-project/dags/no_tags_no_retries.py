# BROKEN (policy): no tags, retries=0 and no owner - one flaky network call fails the whole run.
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    dag_id="crm_sync",
    start_date=datetime(2024, 1, 1),
    schedule="*/30 * * * *",
    catchup=False,
    default_args={"retries": 0},
) as dag:
    BashOperator(task_id="sync", bash_command="curl -fsS https://crm.example.com/export")
