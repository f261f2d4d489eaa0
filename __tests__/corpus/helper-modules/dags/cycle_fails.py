"""include/cycle_c.py and cycle_d.py import each other; cycle_d's module-level code reads an undefined name: NameError."""
from datetime import datetime

from airflow import DAG
from include.cycle_c import C

with DAG("cycle_fails", start_date=datetime(2024, 1, 1), schedule=None):
    pass
