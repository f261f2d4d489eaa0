import sys
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

import include.star_operators as team

globals().update(BashOperator=team.BashOperator)


def get_callback():
    return None  # replaced below


def prepare():
    return None  # replaced below


globals()["get_callback"] = lambda: print
setattr(sys.modules[__name__], "prepare", lambda: print)

with DAG("globals_rebind", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):
    BashOperator(task_id="deploy", env_name="prod")
    PythonOperator(task_id="callback", python_callable=get_callback())
    PythonOperator(task_id="prepare", python_callable=prepare())
