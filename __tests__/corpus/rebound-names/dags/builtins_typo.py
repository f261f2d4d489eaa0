import builtins
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

builtins.REBOUND_NAMES_REGION = "eu"

# The name set is not the name read: NameError, which a file binding names at run time reports as a warning.
with DAG("builtins_typo", start_date=datetime(2024, 1, 1), schedule=None, tags=[REBOUND_NAMES_REGON], default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
