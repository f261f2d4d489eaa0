"""A helper whose module-level code reads an undefined name (NameError)."""
from datetime import datetime

from airflow import DAG
from include.undefined import NAME

with DAG("undefined_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
