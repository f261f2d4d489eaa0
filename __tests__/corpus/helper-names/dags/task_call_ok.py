"""Calls of include/tasks.py's @task functions that bind: by position, by keyword, through .override(), a context key
left out, and a broken call in a function nothing calls."""
import pendulum
from airflow.decorators import dag
from include.tasks import shared_load, shared_report


@dag(dag_id="task_call_ok", start_date=pendulum.datetime(2024, 1, 1), schedule=None)
def task_call_ok():
    shared_load("orders")
    shared_load(table="customers", schema="staging")
    shared_load.override(task_id="load_items")("items", "raw")
    shared_report(table="orders")


def never_called():
    shared_load(tablee="orders")


task_call_ok()
