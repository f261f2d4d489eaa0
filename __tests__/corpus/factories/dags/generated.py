from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "data", "retries": 2}


def make_dag(name, schedule="@daily"):
    with DAG(f"gen_{name}", schedule=schedule, start_date=datetime(2024, 1, 1), tags=["generated"], default_args=ARGS, catchup=False) as generated:
        EmptyOperator(task_id="start")
    return generated


for source in ["orders", "customers"]:
    globals()[f"gen_{source}"] = make_dag(source)

make_dag("direct", schedule="@hourly")

by_region = {region: make_dag(region) for region in ["eu", "us"]}
