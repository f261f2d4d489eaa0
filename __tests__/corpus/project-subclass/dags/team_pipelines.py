from datetime import datetime

from airflow.operators.empty import EmptyOperator
from common.base import NightlyDag
from include.team_dag import StrictTeamDag, TeamDag

ARGS = {"owner": "team", "retries": 3}

with TeamDag("team_daily", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args=ARGS):
    EmptyOperator(task_id="start")

strict = StrictTeamDag("team_strict", schedule="0 3 * * *", start_date=datetime(2024, 1, 1), tags=["team"], default_args=ARGS)

with NightlyDag("team_nightly", schedule="30 1 * * *", start_date=datetime(2024, 1, 1), tags=["team"], default_args=ARGS):
    EmptyOperator(task_id="start")
