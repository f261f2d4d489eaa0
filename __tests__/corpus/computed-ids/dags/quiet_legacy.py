"""A legacy DAG built inside a module-level `with warnings.catch_warnings():`, its id bound in the same block."""
import warnings

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    LEGACY_ID = "ledger_close_legacy"
    with DAG(
        dag_id=LEGACY_ID,
        schedule="0 23 * * *",
        start_date=pendulum.datetime(2024, 5, 1, tz="UTC"),
        catchup=False,
        default_args={"owner": "ledger", "retries": 2},
        tags=["ledger"],
    ):
        EmptyOperator(task_id="close")
