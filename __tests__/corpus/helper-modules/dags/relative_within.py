"""include/pkg4/within.py's `from ..fine import FINE` reaches include.fine: it imports fine, nothing to report."""
from datetime import datetime

from airflow import DAG
from include.pkg4.within import WITHIN

with DAG("relative_within", start_date=datetime(2024, 1, 1), schedule=None):
    pass
