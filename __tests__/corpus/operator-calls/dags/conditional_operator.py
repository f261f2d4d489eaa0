import sys
from datetime import datetime

from airflow import DAG

# One name, two classes: which one runs depends on the interpreter, so its arguments are not judged.
if sys.version_info >= (3, 10):
    from airflow.operators.bash import BashOperator as Runner
else:
    from airflow.operators.python import PythonOperator as Runner

with DAG("conditional_operator", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    Runner(task_id="run", bash_command="echo hi")
