"""Refused: a @task given the output of a task in another DAG (its data dependency joins the two DAGs: AirflowException:
Tried to set relationships between tasks in more than one DAG)."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task


@task
def extract():
    return [1, 2]


@task
def summarize(rows):
    print(rows)


with DAG("dependency_output_a", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    rows = extract()

with DAG("dependency_output_b", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    summarize(rows)
