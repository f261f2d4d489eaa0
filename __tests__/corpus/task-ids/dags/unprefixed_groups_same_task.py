"""Groups that do not prefix leave their tasks' ids as written: the same task_id in two of them clashes."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("exports", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["exports"], catchup=False):
    with TaskGroup("to_s3", prefix_group_id=False):
        EmptyOperator(task_id="upload")
    with TaskGroup("to_gcs", prefix_group_id=False):
        EmptyOperator(task_id="upload")
