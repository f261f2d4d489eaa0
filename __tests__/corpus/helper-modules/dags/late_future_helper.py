"""A helper with a late `from __future__` import, which CPython's compiler refuses (SyntaxError)."""
from datetime import datetime

from airflow import DAG
from include.late_future import X

with DAG("late_future_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
