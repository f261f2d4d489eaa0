"""with blocks (auto_register=True, the default) are found wherever the DAG object ends up."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}


def make(name):
    with DAG(name, schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["auto"], catchup=False) as made:
        EmptyOperator(task_id="noop")
    return made


collected = [make("auto_listed")]
make("auto_dropped")
