from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator as _Empty
from airflow.utils.task_group import TaskGroup as _TaskGroup


def EmptyOperator(task_id, **kwargs):
    """Takes a readable task_id and makes it a key."""
    return _Empty(task_id=task_id.replace(" ", "_"), **kwargs)


def TaskGroup(name, **kwargs):
    """Takes a readable group name and makes it a key."""
    return _TaskGroup(group_id=name.lower().replace(" ", "_"), **kwargs)


with DAG("shadow_wrappers", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):
    with TaskGroup("Load Orders", tooltip="loads"):
        EmptyOperator(task_id="load orders")
