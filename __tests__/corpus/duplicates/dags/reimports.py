from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
# The DAG object of another DAG file: DagBag finds it in this file too.
from reimported import dag as upstream_dag

with DAG("reimports_own", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="t")
