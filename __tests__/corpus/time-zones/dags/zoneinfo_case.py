"""The stdlib's ZoneInfo takes exact names only: "utc" fails where pendulum would take it; the case of a zone matters."""
from datetime import datetime
from zoneinfo import ZoneInfo

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

with DAG("zoneinfo_case", schedule="@daily", start_date=datetime(2024, 1, 1, tzinfo=ZoneInfo("utc")), default_args=ARGS, tags=["tz"], catchup=False):
    EmptyOperator(task_id="noop")
