"""A star import moved into a function: SyntaxError: import * only allowed at module level."""
from datetime import datetime

from airflow import DAG


def build_tasks(dag):
    from airflow.operators.empty import *

    EmptyOperator(task_id="x", dag=dag)


with DAG("star_in_function", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["reports"], catchup=False) as dag:
    build_tasks(dag)
