from datetime import datetime

from airflow import DAG
from airflow.decorators import dag


def popping_dag(**kwargs):
    kwargs.pop("catchup", None)
    return dag(catchup=False, start_date=datetime(2024, 1, 1), **kwargs)


def start_param_dag(start_date=None, **kwargs):
    return dag(start_date=start_date or datetime(2024, 1, 1), **kwargs)


def catchup_DAG(**kwargs):
    return DAG(catchup=False, **kwargs)


@popping_dag(schedule=None, catchup=True)
def popped_twice():
    pass


popped_twice()


@start_param_dag(schedule=None, start_date=datetime(2023, 1, 1))
def start_as_param():
    pass


start_as_param()

with catchup_DAG(dag_id="class_once", schedule=None, start_date=datetime(2024, 1, 1)):
    pass
