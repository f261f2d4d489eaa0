"""A helper that reads a name it only annotates fails with NameError as it is imported."""
from datetime import datetime

from airflow import DAG
from include.annotated_read import DEFAULT_RETRIES

with DAG("annotated_read", start_date=datetime(2024, 1, 1), schedule=None, default_args={"retries": DEFAULT_RETRIES}):
    pass
