"""Imports include/core_bad.py, whose module-level import names an operator airflow.operators.bash lacks: ImportError."""
from datetime import datetime

from airflow import DAG
import include.core_bad

with DAG("core_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
