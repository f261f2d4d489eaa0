from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator


# Without `from __future__ import annotations`, a module-level function's annotations are evaluated when the
# `def` runs, at import: DataFrame is nowhere defined.
def summarize(frame: DataFrame) -> int:
    return len(frame)


with DAG("annotation_at_import", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    PythonOperator(task_id="summarize", python_callable=summarize)
