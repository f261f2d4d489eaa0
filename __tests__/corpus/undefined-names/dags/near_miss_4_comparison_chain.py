"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): comparison_chain."""
from datetime import datetime
from airflow import DAG

def build(i):
    big = 5 < i < LIMIT
    return DAG(f"r04_{i}", schedule=None, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

dag = build(1)
LIMIT = 10
