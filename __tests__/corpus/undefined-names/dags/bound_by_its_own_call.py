"""A name bound by the very statement whose call reads it: the call runs before the assignment binds it."""
from datetime import datetime

from airflow import DAG


def make():
    return DAG(f"bound_by_its_own_call{SUFFIX}", schedule=None, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})


SUFFIX = make().dag_id[0:0]
