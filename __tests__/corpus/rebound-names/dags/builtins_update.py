import builtins
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

SETTINGS = {"REBOUND_NAMES_CLUSTER": "eu-1"}
# Names set on builtins that the file does not spell: a name it reads may be one of them (a warning at most).
builtins.__dict__.update(SETTINGS)

with DAG("builtins_update", start_date=datetime(2024, 1, 1), schedule=None, tags=[REBOUND_NAMES_CLUSTER], default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
