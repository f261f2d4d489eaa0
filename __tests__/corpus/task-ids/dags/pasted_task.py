"""A task pasted twice without renaming it: DuplicateTaskIdFound when the file is imported."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("warehouse_load", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False):
    BashOperator(task_id="load_table", bash_command="echo orders") >> BashOperator(
        task_id="load_table", bash_command="echo customers"
    )
