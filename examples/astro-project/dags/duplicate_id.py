# BROKEN: copied from example_etl.py without changing dag_id - Airflow silently keeps only one of the two DAGs.
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    dag_id="partner_orders_etl",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"owner": "data-platform", "retries": 2},
    tags=["partners"],
) as dag:
    BashOperator(task_id="backfill", bash_command="echo backfill")
