"""Accepted: python_callable given what a called function returns when that is a callable (a nested function, a
lambda, a module function by name, a functools.partial), a PythonSensor's (PythonSensor does not check its callable
when the task is made), and a call in a function nothing calls."""
import functools
from datetime import datetime

from airflow import DAG
from airflow.operators.python import ExternalPythonOperator, PythonOperator
from airflow.sensors.python import PythonSensor


def work(**context):
    return 1


def nothing():
    print("nothing")


def make_handler(name):
    def handler(**context):
        print(name)

    return handler


def make_lambda():
    return lambda **context: 1


def pick():
    return work


def bound():
    return functools.partial(work, mode="fast")


def unused():
    PythonOperator(task_id="never", python_callable=nothing())


with DAG("python_callable_called_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False):
    PythonOperator(task_id="handler", python_callable=make_handler("a"))
    PythonOperator(task_id="lambda", python_callable=make_lambda())
    PythonOperator(task_id="picked", python_callable=pick())
    PythonOperator(task_id="partial", python_callable=bound())
    PythonSensor(task_id="sensor", python_callable=nothing())
    ExternalPythonOperator(task_id="external", python="/usr/bin/python3", python_callable=make_handler("b"))
