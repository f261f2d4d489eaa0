"""One group_id under two different parent groups: their prefixed ids differ ('ingest.validate', 'publish.validate'),
and neither parent has a child of that id yet, so DagBag loads the file."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("ingest_publish", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["etl"], catchup=False):
    with TaskGroup("ingest"):
        with TaskGroup("validate"):
            EmptyOperator(task_id="rows")
    with TaskGroup("publish"):
        with TaskGroup("validate"):
            EmptyOperator(task_id="rows")
