"""The same registry, copied into the module's globals: DagBag finds every DAG."""
from datetime import datetime

from airflow import DAG

ARGS = {"owner": "platform", "retries": 2}


def build(team):
    return DAG(f"exported_{team}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["teams"], catchup=False)


exported = {f"exported_{team}": build(team) for team in ["hr", "legal"]}
globals().update(exported)

archived = [build("archived")]  # only in a list: not found
primary, fallback = build("primary"), build("fallback")
