from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

# A scheduled DAG whose param default breaks its own schema: DAG() refuses it.
with DAG("params_maxlength", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, params={"p": Param("abcdef", type="string", maxLength=3)}):
    EmptyOperator(task_id="start")
