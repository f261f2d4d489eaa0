"""A TaskGroup with a static group_id in a loop over two items: the second pass adds the group again."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("sources_load", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["sources"], catchup=False):
    for source in {"s3": "bucket", "gcs": "bucket"}.items():
        with TaskGroup("load_source"):
            EmptyOperator(task_id="copy")
