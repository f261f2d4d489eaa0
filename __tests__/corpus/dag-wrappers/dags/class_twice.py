from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def no_catchup_DAG(**kwargs):
    return DAG(catchup=False, **kwargs)


with no_catchup_DAG(dag_id="class_twice", schedule=None, start_date=datetime(2024, 1, 1), catchup=True):
    EmptyOperator(task_id="t")
