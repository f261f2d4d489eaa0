"""A helper whose missing import and undefined name are in a function body, and whose other missing import is guarded."""
from datetime import datetime

from airflow import DAG
from include.lazy import VALUE

with DAG("lazy_ok", start_date=datetime(2024, 1, 1), schedule=None):
    pass
