"""A @task function of include/tasks.py called with a misspelt keyword: TypeError when the DAG is built."""
import pendulum
from airflow.decorators import dag
from include.tasks import shared_load


@dag(dag_id="task_call_keyword", start_date=pendulum.datetime(2024, 1, 1), schedule=None)
def task_call_keyword():
    shared_load("orders", schemaa="staging")


task_call_keyword()
