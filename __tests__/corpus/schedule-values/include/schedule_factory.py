from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def make_dag(name, schedule):
    with DAG(f"inc_{name}", start_date=datetime(2024, 1, 1), schedule=schedule, catchup=False) as dag:
        EmptyOperator(task_id="t")
    return dag
