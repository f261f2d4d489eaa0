"""Near misses of the checks above that DAG() accepts: none is reported."""
import datetime

import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "finance", "retries": 2}

# A naive start_date: DAG() then parses the string in default_args (and an end_date string there always).
with DAG(
    "near_naive_start",
    schedule="@daily",
    start_date=datetime.datetime(2024, 1, 1),
    default_args={**ARGS, "start_date": "2024-02-01", "end_date": "2030-01-01"},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="naive")

# Links with a host and a mailto: link; params as a dict; an int max_active_runs; a tag of exactly 100 characters.
with DAG(
    "near_links",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args=ARGS,
    owner_links={"finance": "https://wiki.example.com/finance", "ledger": "mailto:ledger@example.com"},
    params={"period": "2024-01"},
    max_active_runs=2,
    tags=["finance", "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt"],
    catchup=False,
):
    EmptyOperator(task_id="linked")

# trigger_rule=None in default_args, but the only task sets its own trigger_rule.
with DAG(
    "near_rule_overridden",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={**ARGS, "trigger_rule": None},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="ruled", trigger_rule="all_done")

# An empty params list is false (params or {}), an empty tags tuple too (tags or []): both fine.
with DAG(
    "near_empty_values",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args=ARGS,
    params=[],
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="empty")
