"""Accepted: a list on one side of >> only, chain() over lists of one length (also a list appended to before), cross_downstream()
to one task, a called @task function, a task joining another DAG with dag= inside a block, a >> between two DAGs' tasks
under a False flag, lists joined by >> in a function nothing calls or in a try whose handler catches the TypeError."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.models.baseoperator import chain, cross_downstream
from airflow.operators.empty import EmptyOperator

DEBUG = False


@task
def load():
    return 1


def unused(a, b):
    [a] >> [b]


with DAG("dependency_forms_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False) as main_dag:
    start = EmptyOperator(task_id="start")
    left = EmptyOperator(task_id="left")
    right = EmptyOperator(task_id="right")
    join = EmptyOperator(task_id="join")
    last = EmptyOperator(task_id="last")
    [start, left] >> right
    start >> [left, join]
    ups = [left]
    ups.append(right)
    chain(ups, [join, last])
    chain([left, right], (join, last))
    cross_downstream([start], join)
    start >> load()
    try:
        [left] >> [right]
    except TypeError:
        pass

with DAG("dependency_forms_other", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    other = EmptyOperator(task_id="other")
    joined = EmptyOperator(task_id="joined", dag=main_dag)
    joined >> start
    if DEBUG:
        other >> start
