"""Factories that build their DAG in one of two branches: each call makes one DAG (DagBag 2.10.5 lists it once,
without an error). factory_branches_twice.py calls one twice with one dag_id."""
import os

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 6, 1, tz="UTC")
ARGS = {"owner": "ingest", "retries": 2}


def build_sync(dag_id, hourly=False):
    if hourly:
        with DAG(dag_id, schedule="@hourly", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"]) as built:
            EmptyOperator(task_id="pull")
    else:
        with DAG(dag_id, schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"]) as built:
            EmptyOperator(task_id="pull")
    return built


def build_guarded(dag_id):
    try:
        built = DAG(dag_id, schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"], max_consecutive_failed_dag_runs=3)
    except TypeError:
        built = DAG(dag_id, schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"])
    EmptyOperator(task_id="pull", dag=built)
    return built


def build_early(dag_id, kind):
    if kind == "stream":
        return DAG(dag_id, schedule="@hourly", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"])
    return DAG(dag_id, schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"])


def publish(kind):
    global ledger_sync
    if kind == "full":
        ledger_sync = DAG("ledger_sync", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"])
    else:
        ledger_sync = DAG("ledger_sync", schedule="@hourly", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"])
    EmptyOperator(task_id="post", dag=ledger_sync)


orders_sync = build_sync("orders_sync", hourly=bool(os.environ.get("HOURLY_ORDERS")))
refunds_sync = build_guarded("refunds_sync")
events_sync = build_early("events_sync", os.environ.get("EVENTS_KIND", "batch"))
EmptyOperator(task_id="land", dag=events_sync)
publish(os.environ.get("LEDGER_KIND", "full"))
for region in ["emea", "apac"]:
    globals()[f"region_{region}"] = build_sync(f"region_sync_{region}", hourly=region == "apac")
