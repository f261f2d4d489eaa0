from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def configure():
    global DEFAULTS
    DEFAULTS = {"owner": "platform", "retries": 3}


class Settings:
    # The class body binds DEFAULTS itself before reading it: the read finds the class's own (no NameError).
    DEFAULTS = {"owner": "data", "retries": 2}
    OWNER = DEFAULTS["owner"]


with DAG("global_class_binds", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": Settings.OWNER, "retries": 2}):
    EmptyOperator(task_id="start")
