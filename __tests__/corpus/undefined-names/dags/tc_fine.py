from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from airflow.decorators import dag, task

if TYPE_CHECKING:
    import pandas as pd


@dag(start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})
def tc_fine():
    @task
    def load() -> pd.DataFrame:
        frame: pd.DataFrame = None
        return frame

    load()


tc_fine()
