from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
# __all__ leaves the DAG out.
from plain_shared import *  # noqa: F403

with DAG("plain_star_user", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    EmptyOperator(task_id="t")
