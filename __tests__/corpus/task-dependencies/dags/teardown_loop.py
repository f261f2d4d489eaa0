"""Refused: a module-level @teardown function called in a for loop over two DAG ids: the loop's second pass calls it
again (ValueError: Trigger rule not configurable for teardown tasks.)."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import teardown
from airflow.operators.empty import EmptyOperator

REGIONS = ["eu", "us"]


@teardown
def clean_up():
    return 0


for region in REGIONS:
    with DAG(f"teardown_loop_{region}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
        EmptyOperator(task_id="load") >> clean_up()
