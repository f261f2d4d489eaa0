"""`from include.pkg2 import sub` imports the submodule include/pkg2/sub.py, which does not compile."""
from datetime import datetime

from airflow import DAG
from include.pkg2 import sub

with DAG("submodule_name", start_date=datetime(2024, 1, 1), schedule=None):
    pass
