from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.decorators import task as airflow_task
from airflow.operators.bash import BashOperator
from airflow.operators.bash import BashOperator as CoreBash


def BashOperator(*, script: str, **kwargs):
    return CoreBash(bash_command=f"bash /scripts/{script} ", **kwargs)


def task(python_callable=None, *, team=None, **kwargs):
    """The team's @task: takes team= and passes the rest on."""
    return airflow_task(python_callable, **kwargs) if python_callable else airflow_task(**kwargs)


with DAG("shadow_def", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):

    @task(team="data")
    def extract():
        return 1

    extract() >> BashOperator(task_id="load", script="load.sh")
