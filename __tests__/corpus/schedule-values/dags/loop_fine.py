from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

TEAMS = {
    "finance": {"schedule": "@daily", "owner": "fin"},
    "ops": {"schedule": "30 6 * * 1-5", "owner": "ops"},
}
for team, cfg in TEAMS.items():
    with DAG(f"fine_{team}", start_date=datetime(2024, 1, 1), schedule=cfg["schedule"], catchup=False):
        EmptyOperator(task_id="start")

for hour in ["1", "13"]:
    with DAG(f"fine_hour_{hour}", start_date=datetime(2024, 1, 1), schedule=f"0 {hour} * * *", catchup=False):
        EmptyOperator(task_id="start")
