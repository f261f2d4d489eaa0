from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

# A scheduled DAG whose param default breaks its own schema: DAG() refuses it.
with DAG("params_date", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, params={"p": Param("", type="string", format="date")}):
    EmptyOperator(task_id="start")
