"""A bare annotation (`SCHEDULE: str`) above the call binds nothing: the factory's read still fails with NameError."""
from datetime import datetime

from airflow import DAG


def build(dag_id):
    return DAG(dag_id, schedule=SCHEDULE, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})


SCHEDULE: str
nightly = build("annotated_only_before_call")
SCHEDULE = "@daily"
