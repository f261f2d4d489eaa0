from __future__ import annotations

from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# Postponed annotations are never evaluated: names only a type checker knows raise nothing.
LIMIT: RowCount = 100


def build(dag_id: DagId) -> Dag:
    with DAG(dag_id, start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}) as dag:
        EmptyOperator(task_id="start")
    return dag


annotated = build("annotations_postponed")
