"""pattern= searched (re.search) in a default with a newline: `^` is the string's start only (no MULTILINE), `.` does
not match a newline, and `$` is the end or just before a final newline. "a\nb" does not match "^b": the import fails."""
from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG(
    "params_newline",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    params={
        "trailing": Param("ab\n", type="string", pattern="b$"),
        "lines": Param("a\nb", type="string", pattern="^b"),
    },
):
    EmptyOperator(task_id="start")
