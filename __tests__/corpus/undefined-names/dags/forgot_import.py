from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# BashOperator is used but never imported: NameError while the DAG is built.
with DAG("forgot_import", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start") >> BashOperator(task_id="run", bash_command="echo")
