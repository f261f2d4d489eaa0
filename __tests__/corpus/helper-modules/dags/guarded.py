"""A failing helper imported under try/except ImportError: the file handles it, nothing to report."""
from datetime import datetime

from airflow import DAG

try:
    from include.needs_missing import VALUE
except ImportError:
    VALUE = None

with DAG("guarded", start_date=datetime(2024, 1, 1), schedule=None):
    pass
