from datetime import datetime
from typing import TYPE_CHECKING, Optional

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.context import Context


class Notifier:
    # So is a class-level one.
    last_context: Context = None

with DAG("tc_class_annotation_value", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
