"""A factory that reads a module name and declares it global afterwards: CPython's compiler refuses the file
(SyntaxError: name 'COUNTER' is used prior to global declaration), which ruff's parser takes."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

COUNTER = 0


def build(dag_id):
    print(COUNTER)
    global COUNTER
    COUNTER += 1
    with DAG(dag_id, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["reports"], catchup=False) as dag:
        EmptyOperator(task_id="start")
    return dag


counted = build("counted_reports")
