"""A helper that imports fine, as a package attribute and a from-import: nothing to report."""
from datetime import datetime

from airflow import DAG
from include import fine
from include.fine import FINE

with DAG("fine_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
