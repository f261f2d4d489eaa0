"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): function_rebound_before_call."""
from datetime import datetime
from airflow import DAG

def build(i):
    return DAG(f"r02_{i}", schedule=SCHEDULE, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

def build_v2(i):
    return DAG(f"r02_{i}", schedule=None, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

build = build_v2
dag = build(1)
SCHEDULE = "@daily"
