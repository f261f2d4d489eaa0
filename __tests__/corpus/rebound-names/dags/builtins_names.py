import builtins
import builtins as py_builtins
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# Names set on the builtins module: every module then reads them as globals.
builtins.REBOUND_NAMES_ENVIRONMENT = "dev"
setattr(builtins, "REBOUND_NAMES_TEAM", "data")
py_builtins.REBOUND_NAMES_OWNER = "team"

with DAG("builtins_names", start_date=datetime(2024, 1, 1), schedule=None, tags=[REBOUND_NAMES_ENVIRONMENT, REBOUND_NAMES_TEAM], default_args={"owner": REBOUND_NAMES_OWNER, "retries": 2}):
    EmptyOperator(task_id="start")
