"""`from include.lib import helperz`: include.lib binds no helperz and has no such submodule (ImportError)."""
from datetime import datetime

from airflow import DAG
from include.lib import helperz

with DAG("missing_submodule", start_date=datetime(2024, 1, 1), schedule=None):
    pass
