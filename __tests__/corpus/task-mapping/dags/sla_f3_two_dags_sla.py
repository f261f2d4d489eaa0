"""Tester 3 of stop 30: a mapped task whose SLA another same-named task or a task group's default_args decides (Airflow 2.10.5 loads the file): no task-mapping-valid."""
from datetime import timedelta
import pendulum
from airflow.decorators import dag, task
S = pendulum.datetime(2024, 1, 1)
@dag(schedule=None, start_date=S)
def reports():
    @task(sla=timedelta(hours=1))
    def step(x): return x
    step(1)
@dag(schedule=None, start_date=S)
def fanout():
    @task
    def step(x): return x
    step.expand(x=[1, 2])
reports(); fanout()
