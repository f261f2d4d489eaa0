"""Plain DAGs appended to a list in a loop: not found, unless a module-level loop copies them into globals()."""
from datetime import datetime

from airflow import DAG

ARGS = {"owner": "platform", "retries": 2}

drafts = []
for source in ["crm", "erp"]:
    drafts.append(DAG(f"draft_{source}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["sources"], catchup=False))

published = []
for source in ["ads", "web"]:
    published.append(DAG(f"source_{source}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["sources"], catchup=False))
for built in published:
    globals()[built.dag_id] = built
