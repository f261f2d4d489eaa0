"""params as a list of names: DAG() builds a ParamsDict from it and fails with AttributeError: 'list' object has no
attribute 'items'."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_params_list",
    schedule=None,
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    params=["period", "entity"],
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="parametrised")
