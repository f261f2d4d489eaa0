from datetime import datetime

from airflow.operators.empty import EmptyOperator
from common.base import NightlyDag

with NightlyDag(
    "team_bad_schedule",
    schedule="@nightly",
    start_date=datetime(2024, 1, 1),
    tags=["team"],
    default_args={"owner": "team", "retries": 3},
):
    EmptyOperator(task_id="start")
