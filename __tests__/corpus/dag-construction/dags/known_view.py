"""Accepted: default_view='tree' (renamed to 'grid' with a warning), orientation='TB', max_active_runs=True (a bool is an
int), tags=None, an empty description."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "billing_tree",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    default_args={"owner": "billing", "retries": 2},
    tags=["billing"],
    default_view="tree",
    orientation="TB",
    max_active_runs=True,
    description="",
):
    EmptyOperator(task_id="noop")
