"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): match_capture."""
from datetime import datetime
from airflow import DAG

def build(i):
    return DAG(f"r07_{i}", schedule=SCHEDULE, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2})

match {"s": "@daily"}:
    case {"s": SCHEDULE}:
        pass
dag = build(1)
SCHEDULE = "@hourly"
