"""A @task function of include/tasks.py called without its required argument, and one keyword-only argument left out
through an alias and .override(): TypeError when the DAG is built."""
import pendulum
from airflow.decorators import dag
from include.tasks import shared_load
from include.tasks import shared_report as report


@dag(dag_id="task_call_missing", start_date=pendulum.datetime(2024, 1, 1), schedule=None)
def task_call_missing():
    shared_load()
    report.override(task_id="report")()


task_call_missing()
