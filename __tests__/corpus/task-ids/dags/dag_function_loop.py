"""An @dag function looping over a module tuple with a task_id that forgot the loop variable."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
from airflow.decorators import dag

TABLES = ("orders", "customers", "payments")


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["tables"], catchup=False)
def tables_load():
    for table in TABLES:
        EmptyOperator(task_id="load_table")


tables_load()
