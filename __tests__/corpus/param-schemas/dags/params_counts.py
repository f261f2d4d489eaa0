"""minItems=, maxItems= and pattern= broken by the defaults of a scheduled DAG: the import fails."""
from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG(
    "params_counts",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    params={
        "emails": Param(["a@example.com"], type="array", minItems=2),
        "ids": Param([1, 2, 3], type="array", maxItems=2),
        "code": Param("AB-1", type="string", pattern="^[A-Z]+$"),
        "limits": Param({"rows": "many"}, type="object", properties={"rows": {"type": "integer", "minimum": 1}}),
    },
):
    EmptyOperator(task_id="start")
