from datetime import datetime

from airflow import DAG


def build(dag_id):
    return DAG(dag_id, schedule="@daily", start_date=datetime(2024, 1, 1), tags=["plain"], default_args={"owner": "data", "retries": 2}, catchup=False)


build("plain_discarded")  # the DAG object is dropped: Airflow never sees it
plain_kept = build("plain_kept")
