from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

LIMIT = 10

# Defaults that meet their schema, an enum of 1 given 1.0, and an unscheduled DAG (not judged).
with DAG(
    "params_schema_fine",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    tags=["t"],
    default_args={"owner": "o", "retries": 2},
    params={
        "env": Param("dev", type="string", enum=["dev", "prod"]),
        "limit": Param(LIMIT, type="integer", minimum=1, maximum=100),
        "ratio": Param(1.0, type="number", enum=[1, 2]),
        "day": Param("2024-02-29", type="string", format="date"),
        "code": Param("abc", type="string", minLength=3, maxLength=3),
        "host": Param("10.0.0.1", type="string", format="ipv4"),
    },
):
    EmptyOperator(task_id="start")

with DAG("params_unscheduled", start_date=datetime(2024, 1, 1), schedule=None, catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, params={"p": Param(5, type="integer", minimum=10)}):
    EmptyOperator(task_id="start")
