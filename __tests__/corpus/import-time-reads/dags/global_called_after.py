from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def load_settings():
    global SCHEDULE
    SCHEDULE = "@daily"


# Read above the call that binds it: NameError.
with DAG("global_called_after", schedule=SCHEDULE, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")

load_settings()
