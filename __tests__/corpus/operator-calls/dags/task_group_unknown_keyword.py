"""Broken: `colour` is no TaskGroup parameter (ui_color is); TaskGroup is a plain class, so CPython refuses it:
TypeError: TaskGroup.__init__() got an unexpected keyword argument 'colour'."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("task_group_unknown_keyword", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    with TaskGroup("extract", colour="#ffcc00"):
        EmptyOperator(task_id="pull")
