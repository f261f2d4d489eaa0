"""`from include.lib.helpers import make_tables`: helpers.py defines make_table, no make_tables (ImportError)."""
from datetime import datetime

from airflow import DAG
from include.lib.helpers import Loader, make_tables

with DAG("missing_name", start_date=datetime(2024, 1, 1), schedule=None):
    pass
