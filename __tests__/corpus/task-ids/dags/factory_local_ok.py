"""Local DAG names that do not clash: a DAG per loop pass, a DAG passed in as a parameter (one per call), a name a
branch binds to a second DAG."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}


def per_region():
    made = []
    for region in ["emea", "apac"]:
        dag = DAG(f"factory_{region}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["factory"], catchup=False)
        EmptyOperator(task_id="sync", dag=dag)
        made.append(dag)
    return made


def add_sync(dag):
    EmptyOperator(task_id="sync", dag=dag)


def split(names):
    dag = DAG(names[0], schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["factory"], catchup=False)
    EmptyOperator(task_id="sync", dag=dag)
    if len(names) > 1:
        dag = DAG(names[1], schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["factory"], catchup=False)
    EmptyOperator(task_id="sync", dag=dag)
    return dag


factory_emea, factory_apac = per_region()
first = DAG("factory_first", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["factory"], catchup=False)
second = DAG("factory_second", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["factory"], catchup=False)
add_sync(first)
add_sync(second)
last = split(["factory_split_a", "factory_split_b"])
