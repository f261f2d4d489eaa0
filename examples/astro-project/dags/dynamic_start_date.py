# BROKEN: start_date moves with every parse, so the scheduler may never create a run.
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    dag_id="inventory_snapshot",
    start_date=datetime.now(),
    schedule="@daily",
    catchup=False,
    default_args={"owner": "supply-chain", "retries": 2},
    tags=["inventory"],
) as dag:
    EmptyOperator(task_id="snapshot")
