from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

# A scheduled run has nobody to fill in a required param: DAG() refuses it when the DAG is built.
with DAG("params_no_default", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, params={"limit": 10, "region": Param(type="string")}):
    EmptyOperator(task_id="start")
