"""A scheduled DAG whose Param default is not its const=: DAG() refuses it (AirflowException)."""
from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG("params_const", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, params={"region": Param("eu", const="us")}):
    EmptyOperator(task_id="start")
