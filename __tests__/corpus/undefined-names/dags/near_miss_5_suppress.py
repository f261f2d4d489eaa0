"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): suppress."""
from contextlib import suppress
from datetime import datetime
from airflow import DAG

def build(i):
    return DAG(f"r05_{i}", schedule=SCHEDULE, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

with suppress(NameError):
    build(0)
SCHEDULE = "@daily"
dag = build(1)
