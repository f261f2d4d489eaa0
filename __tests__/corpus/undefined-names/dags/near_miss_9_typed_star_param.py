"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): typed_star_param."""
from datetime import datetime
from airflow import DAG

def tags(*TAGS: str):
    return list(TAGS)

dag = DAG("r09", schedule=None, start_date=datetime(2024, 1, 1), tags=tags("a"), default_args={"owner": "o", "retries": 2})
TAGS = []
