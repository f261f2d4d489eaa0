"""A list default whose items break items= on a scheduled DAG: the import fails."""
import pendulum
from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

TABLES = [1, 2]

with DAG(
    "params_items",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    schedule="0 6 * * *",
    catchup=False,
    params={
        "tables": Param(TABLES, type="array", items={"type": "string"}),
    },
):
    EmptyOperator(task_id="start")
