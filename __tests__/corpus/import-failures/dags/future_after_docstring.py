"""A docstring (and comments) may come before a __future__ import."""

# Near miss: this file compiles.
from __future__ import annotations

from datetime import datetime

from airflow import DAG

with DAG("future_after_docstring", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
