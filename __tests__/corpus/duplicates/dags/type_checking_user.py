from datetime import datetime
from typing import TYPE_CHECKING

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from reimported import dag

with DAG("type_checking_user", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="t")
