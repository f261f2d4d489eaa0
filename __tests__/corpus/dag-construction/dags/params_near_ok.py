from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "o", "retries": 2}

# Only triggered by hand: a required param is what the trigger form asks for.
with DAG("params_manual", start_date=datetime(2024, 1, 1), schedule=None, tags=["t"], default_args=ARGS, params={"region": Param(type="string")}):
    EmptyOperator(task_id="start")

# Defaults their types accept: an int is a number, None where null is allowed, plain values, no type at all.
with DAG(
    "params_valid",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    tags=["t"],
    default_args=ARGS,
    params={"a": Param(5, type="integer"), "b": Param(5, type="number"), "c": Param(None, type=["null", "string"]), "d": "plain", "e": Param("x"), "f": Param([1], type="array")},
):
    EmptyOperator(task_id="start")
