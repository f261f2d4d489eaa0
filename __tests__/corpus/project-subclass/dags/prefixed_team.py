from datetime import datetime

from airflow.operators.empty import EmptyOperator
from include.team_dag import PrefixedTeamDag

# DagBag lists team_prefixed_daily; the class gives the tags, owner and retries the call leaves out.
with PrefixedTeamDag("prefixed_daily", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False):
    EmptyOperator(task_id="start")
