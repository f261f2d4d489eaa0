"""A trigger rule of None in default_args: every task refuses it (AirflowException: The trigger_rule must be one of ...)."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_no_rule",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2, "trigger_rule": None},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="ruled")
