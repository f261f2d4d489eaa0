from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# Names bound through globals().__setitem__ and vars()[...]: DagBag imports the file, so the names ruff cannot see
# are warnings only.
globals().__setitem__("SCHEDULE", "@daily")
vars()["OWNER"] = "o"

with DAG("dynamic_setitem", start_date=datetime(2024, 1, 1), schedule=SCHEDULE, catchup=False, tags=["t"], default_args={"owner": OWNER, "retries": 2}):
    EmptyOperator(task_id="start")
