"""Tester 3 of stop 30: a name that is a @task function somewhere in the file, called where it is something else (Airflow 2.10.5 loads the file): no task-argument-invalid."""
from airflow.decorators import dag, task, task_group
from airflow.operators.bash import BashOperator
import pendulum, os
from airflow import DAG
S=pendulum.datetime(2024,1,1)

@task
def get_files(bucket):
    return [bucket]
def build(dag_id, bucket):
    def get_files(bucket, prefix):
        return [f"{bucket}/{prefix}/a"]
    with DAG(dag_id, schedule=None, start_date=S) as d:
        for f in get_files(bucket, "in"):
            BashOperator(task_id="x", bash_command=f"echo {f}")
    return d
build("s03", "b")
