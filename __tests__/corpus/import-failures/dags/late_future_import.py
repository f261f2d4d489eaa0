from datetime import datetime

from airflow import DAG
from __future__ import annotations

# A __future__ import below other statements: CPython's compiler refuses the file (SyntaxError).
with DAG("late_future_import", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
