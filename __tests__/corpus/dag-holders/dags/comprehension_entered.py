"""Plain DAGs made in a list comprehension, then entered (and copied into globals()) by a later loop."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

built = [DAG(f"built_{n}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["built"], catchup=False) for n in ("p", "q")]
for d in built:
    with d:
        EmptyOperator(task_id="start")
    globals()[d.dag_id] = d

entered = [DAG(f"entered_{n}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["built"], catchup=False) for n in ("p", "q")]
for e in entered:
    with e:
        EmptyOperator(task_id="start")
e = None
