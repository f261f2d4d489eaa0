"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): assert_message."""
from datetime import datetime
from airflow import DAG

def build(i):
    assert i > 0, f"bad index for {PREFIX}"
    return DAG(f"r03_{i}", schedule=None, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

dag = build(1)
PREFIX = "r03"
