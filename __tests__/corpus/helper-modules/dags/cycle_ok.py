"""include/cycle_a.py and cycle_b.py import each other and are fine: nothing to report (the cycle is followed once)."""
from datetime import datetime

import include.cycle_a
from airflow import DAG

with DAG("cycle_ok", start_date=datetime(2024, 1, 1), schedule=None):
    pass
