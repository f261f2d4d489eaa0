from airflow import DAG
from airflow.operators.empty import EmptyOperator

from include import builtins_setup  # noqa: F401  sets the names below on builtins

# The same names, the module imported from its package.
with DAG("builtins_helper_from", start_date=REBOUND_NAMES_HELPER_START, schedule=None, tags=[REBOUND_NAMES_HELPER_TEAM], default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
