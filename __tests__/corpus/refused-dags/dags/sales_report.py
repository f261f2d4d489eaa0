from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("sales_report", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="build")

# DagBag refuses only this DAG (check_cycle as it bags it): sales_report still loads and clashes with the copy.
with DAG("sales_cleanup", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    a = EmptyOperator(task_id="a")
    b = EmptyOperator(task_id="b")
    a >> b >> a
