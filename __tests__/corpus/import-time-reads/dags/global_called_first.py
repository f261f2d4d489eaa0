from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

import os


def load_settings():
    global SCHEDULE
    SCHEDULE = "@daily"


def setup():
    load_settings()


# Read only when an unset variable is set: not at this import.
if os.getenv("ASTRO_CI_NEVER_SET"):
    print(SCHEDULE)

setup()

# Bound by then: setup() called load_settings().
with DAG("global_called_first", schedule=SCHEDULE, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
