from datetime import datetime
from typing import TYPE_CHECKING

from airflow import DAG
from airflow.operators.empty import EmptyOperator

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pandas as pd
    from pendulum import DateTime
else:
    DateTime = object


def later(frame) -> "Sequence[str]":
    # A def inside a function nothing at module level calls: its annotations are not evaluated at import.
    def inner(rows: pd.DataFrame) -> Sequence[str]:
        local: pd.DataFrame = rows
        return local

    return inner(frame)


def when(moment: DateTime) -> "pd.DataFrame":
    # DateTime has an else: fallback; the return annotation is a string.
    return moment


with DAG("tc_negatives", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
