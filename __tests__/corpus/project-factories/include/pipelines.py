"""DAG factories the project's DAG files import (include/ is on sys.path in the Astro image)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
START = datetime(2024, 1, 1)


def entered(dag_id, schedule="@daily"):
    """A with block: each call's DAG is registered, kept or not."""
    with DAG(dag_id, schedule=schedule, start_date=START, default_args=ARGS, tags=["factory"], catchup=False) as made:
        EmptyOperator(task_id="start")
    return made


def plain(name):
    """A plain DAG returned: found only where the caller keeps it in a global."""
    return DAG(f"plain_{name}", schedule="@daily", start_date=START, default_args=ARGS, tags=["factory"], catchup=False)


def bound_then_entered(dag_id):
    """A plain DAG entered with `with` by name: registered like a with DAG(...) block."""
    made = DAG(dag_id, schedule="@hourly", start_date=START, default_args=ARGS, tags=["factory"], catchup=False)
    with made:
        EmptyOperator(task_id="start")
    return made


def suffixed(team, suffix="nightly"):
    with DAG(f"{team}_{suffix}", schedule="@daily", start_date=START, default_args=ARGS, tags=["factory"], catchup=False) as made:
        EmptyOperator(task_id="start")
    return made


def sometimes(dag_id, enabled=False):
    """Makes a DAG only when asked: not followed (its calls list nothing)."""
    if enabled:
        with DAG(dag_id, schedule="@daily", start_date=START, default_args=ARGS, tags=["factory"], catchup=False) as made:
            EmptyOperator(task_id="start")
        return made
    return None
