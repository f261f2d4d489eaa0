from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

# format="date" is datetime.date.fromisoformat: on the runtime's Python (3.11+) also YYYYMMDD and ISO week dates.
with DAG("params_date_forms", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, params={"basic": Param("20240101", type="string", format="date"), "week": Param("2024-W01-1", format="date"), "week_basic": Param("2024W011", format="date")}):
    EmptyOperator(task_id="start")
