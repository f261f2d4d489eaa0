from datetime import datetime
import contextlib
from typing import TYPE_CHECKING, Optional

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.context import Context

# Never evaluated here: a generator's body, a lambda's, the right side of `and`, a suppressed error, a task body.
LAZY = (TaskInstance for _ in ())
LATER = lambda: TaskInstance  # noqa: E731
SKIPPED = None and TaskInstance

with contextlib.suppress(NameError):
    SUPPRESSED = TaskInstance


def callback(context):
    return isinstance(context["ti"], TaskInstance)

with DAG("tc_negatives_reads", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
