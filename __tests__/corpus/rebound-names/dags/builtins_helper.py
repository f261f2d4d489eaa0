from airflow import DAG
from airflow.operators.empty import EmptyOperator

import include.builtins_setup  # noqa: F401  sets the names below on builtins

# Names a project module this file imports sets on the builtins module (include/builtins_setup.py).
with DAG("builtins_helper", start_date=REBOUND_NAMES_HELPER_START, schedule=None, tags=[REBOUND_NAMES_HELPER_TEAM], default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
