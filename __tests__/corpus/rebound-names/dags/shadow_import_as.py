from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from include.team_operators import TeamBash as BashOperator

with DAG("shadow_import_as", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):
    BashOperator(task_id="report", script="report.sh")
