"""Tester 3 of stop 30: a name that is a @task function somewhere in the file, called where it is something else (Airflow 2.10.5 loads the file): no task-argument-invalid."""
from airflow.decorators import dag, task, task_group
from airflow.operators.bash import BashOperator
import pendulum, os
from airflow import DAG
S=pendulum.datetime(2024,1,1)

import functools
@task
def notify(channel, msg): return msg
notify = functools.partial(notify, "#alerts")
with DAG("x01", schedule=None, start_date=S):
    notify("hello")
