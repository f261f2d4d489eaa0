"""`from include.annotated import LIMIT`: the helper only annotates LIMIT (`LIMIT: int`), so the import fails with
ImportError: cannot import name."""
from datetime import datetime

from airflow import DAG
from include.annotated import TIMEOUT, LIMIT

with DAG("annotated_name", start_date=datetime(2024, 1, 1), schedule=None, dagrun_timeout=None if LIMIT else TIMEOUT):
    pass
