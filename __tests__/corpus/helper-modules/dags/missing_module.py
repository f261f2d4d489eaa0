"""`from include.lib.helperz import make_table`: no module include/lib/helperz.py (ModuleNotFoundError)."""
from datetime import datetime

from airflow import DAG
from include.lib.helperz import make_table

with DAG("missing_module", start_date=datetime(2024, 1, 1), schedule=None):
    pass
