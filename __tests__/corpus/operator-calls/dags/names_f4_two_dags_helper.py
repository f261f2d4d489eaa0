"""Tester 3 of stop 30: a name that is a @task function somewhere in the file, called where it is something else (Airflow 2.10.5 loads the file): no task-argument-invalid."""
import pendulum
from airflow.decorators import dag, task
from airflow.operators.bash import BashOperator
S = pendulum.datetime(2024, 1, 1)
@dag(schedule=None, start_date=S)
def sales():
    @task
    def table_name(region): return f"sales_{region}"
    table_name("eu")
@dag(schedule=None, start_date=S)
def inventory():
    def table_name(prefix, region): return f"{prefix}_{region}"
    t = table_name("inv", "eu")
    BashOperator(task_id="load", bash_command=f"load {t}")
sales(); inventory()
