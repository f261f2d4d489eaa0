from datetime import datetime
from typing import TYPE_CHECKING, Optional

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.context import Context

# A module-level annotation with a value is evaluated.
LAST_TI: TaskInstance = None

with DAG("tc_module_annotation", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
