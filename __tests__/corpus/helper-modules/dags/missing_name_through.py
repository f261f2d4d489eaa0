"""A helper that imports a name another helper lacks: the DAG file fails through it."""
from datetime import datetime

from airflow import DAG
from include.lib.wrong_name import WRONG

with DAG("missing_name_through", start_date=datetime(2024, 1, 1), schedule=None):
    pass
