"""A DAG factory that binds its DAG to a local name and passes it to two tasks with the same task_id."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}


def build(dag_id):
    dag = DAG(dag_id, schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["factory"], catchup=False)
    EmptyOperator(task_id="prepare", dag=dag)
    EmptyOperator(task_id="prepare", dag=dag)
    return dag


reports = build("factory_reports")
