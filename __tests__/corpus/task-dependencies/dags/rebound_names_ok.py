"""Accepted: one name bound to two tasks in turn (x >> y, then y >> the second x: no loop), and a loop only in a
function nothing calls."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


with DAG("rebound_names_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    step = EmptyOperator(task_id="step_1")
    other = EmptyOperator(task_id="other")
    step >> other
    step = EmptyOperator(task_id="step_2")
    other >> step


def never_called():
    with DAG("never_called", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
        a = EmptyOperator(task_id="a")
        a >> a
