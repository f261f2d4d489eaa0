from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
# A module object in the globals: DagBag does not look inside it.
import plain_shared

UPSTREAM = plain_shared.dag.dag_id

with DAG("plain_module_user", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="t")
