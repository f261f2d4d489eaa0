"""The same nested group_id twice in one parent group: the second's prefixed id is already among the parent's
children (TaskGroup.add at 2.10.5: "Task Group id 'exports.upload' has already been added to the DAG")."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("exports_upload", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["exports"], catchup=False):
    with TaskGroup("exports"):
        with TaskGroup("upload"):
            EmptyOperator(task_id="s3")
        with TaskGroup("upload"):
            EmptyOperator(task_id="gcs")
