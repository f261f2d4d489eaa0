from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
# Running module_source again registers its with-block DAG to this file.
import module_source

UPSTREAM = module_source.dag.dag_id

with DAG("module_user", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="t")
