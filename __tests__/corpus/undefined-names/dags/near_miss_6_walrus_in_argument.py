"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): walrus_in_argument."""
from datetime import datetime
from airflow import DAG

def build(i, s):
    return DAG(f"r06_{i}", schedule=SCHEDULE, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

dag = build(1, s=(SCHEDULE := "@daily"))
SCHEDULE = "@hourly"
