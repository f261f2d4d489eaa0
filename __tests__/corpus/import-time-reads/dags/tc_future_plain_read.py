from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.context import Context

# Annotations are never evaluated under PEP 563...
LAST_TI: TaskInstance = None


class Notifier:
    last_context: Context = None


def on_fail(ti: Optional[TaskInstance] = None) -> None:
    print(ti)


# ...but a plain read is.
print(Context)

with DAG("tc_future_plain_read", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
