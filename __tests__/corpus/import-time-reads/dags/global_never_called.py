from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def configure():
    global TEAM
    TEAM = "data"


class Settings:
    # A class body runs at import; the function binding TEAM never does.
    owner = TEAM

with DAG("global_never_called", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
