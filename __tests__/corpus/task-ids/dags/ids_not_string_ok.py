"""Accepted: a group_id None (TaskGroup makes a root group), ids that are no strings on a @task, a @task_group and an
operator nothing makes (an uncalled function, a task function never called)."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task, task_group
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup


@task(task_id=1)
def never_called():
    return 1


@task_group(group_id=2)
def never_grouped():
    EmptyOperator(task_id="idle")


def unused():
    EmptyOperator(task_id=3)


with DAG("ids_not_string_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup(group_id=None):
        EmptyOperator(task_id="root_task")
