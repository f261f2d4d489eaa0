"""default_view must be one of Airflow's views ('tree' is still taken, as 'grid'); orientation one of LR, TB, RL, BT."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "billing", "retries": 2}

with DAG("billing_views", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, default_args=ARGS, tags=["billing"], default_view="list"):
    EmptyOperator(task_id="noop")
