"""The same group_id twice in one DAG, even without prefixes: group_ids are unique per DAG."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("ingest_feeds", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ingest"], catchup=False):
    with TaskGroup("fetch", prefix_group_id=False):
        EmptyOperator(task_id="fetch_rss")
    with TaskGroup("fetch", prefix_group_id=False):
        EmptyOperator(task_id="fetch_atom")
