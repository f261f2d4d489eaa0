"""A function run at import binding a DAG to a module global through `global`."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
START = datetime(2024, 1, 1)


def setup():
    global report_dag
    report_dag = DAG("global_report", schedule="@daily", start_date=START, default_args=ARGS, tags=["globals"], catchup=False)
    EmptyOperator(task_id="render", dag=report_dag)


def scratch():
    # A local name: the DAG is gone when the function returns.
    local_dag = DAG("local_scratch", schedule=None, start_date=START, default_args=ARGS, tags=["globals"], catchup=False)
    EmptyOperator(task_id="render", dag=local_dag)


def replaced():
    global old_dag
    old_dag = DAG("replaced_report", schedule=None, start_date=START, default_args=ARGS, tags=["globals"], catchup=False)


def never_called():
    global unused_dag
    unused_dag = DAG("never_built", schedule=None, start_date=START, default_args=ARGS, tags=["globals"], catchup=False)


setup()
scratch()
replaced()
old_dag = None
