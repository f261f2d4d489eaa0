"""Cycles that import fine: a name bound before the import that starts the cycle, a DAG file entering a cycle from the
module that only asks (entry_b: entry_a then runs whole), and an import back only inside a function."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.bound_first_a import TEAM
from include.entry_b import LABEL
from include.lazy_a import limit

with DAG("circular_ok", start_date=datetime(2024, 1, 1), schedule=None, tags=[TEAM, LABEL], max_active_tasks=limit()):
    EmptyOperator(task_id="start")
