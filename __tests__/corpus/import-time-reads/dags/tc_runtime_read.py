from datetime import datetime
from typing import TYPE_CHECKING, Optional

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.context import Context

# A plain read: evaluated whatever the annotations mode.
TI_CLASS = TaskInstance

with DAG("tc_runtime_read", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
