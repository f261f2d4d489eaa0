"""The @dag decorator applied as a function: dag(...)(fn) builds a DAG each time the result is called."""
from datetime import datetime

from airflow.decorators import dag, task

ARGS = {"owner": "analytics", "retries": 2}


def refresh_marts():
    @task
    def build():
        return "ok"

    build()


def export_reports(fmt="csv"):
    @task
    def export(kind):
        return kind

    export(fmt)


dag(dag_id="marts_refresh", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["marts"], catchup=False)(refresh_marts)()

reports = dag(schedule="@weekly", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["reports"], catchup=False)(export_reports)
reports()

# Bound but never called: no DAG.
backfill = dag(dag_id="marts_backfill", schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["marts"])(refresh_marts)
