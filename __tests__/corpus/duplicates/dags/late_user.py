from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def upstream_id():
    from reimported import dag

    return dag.dag_id

with DAG("late_user", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="t")
