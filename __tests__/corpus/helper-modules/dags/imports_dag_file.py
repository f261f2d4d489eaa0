"""Imports another DAG file (dags/ is on sys.path) that does not compile."""
from datetime import datetime

from airflow import DAG
from shared_dag_broken import X

with DAG("imports_dag_file", start_date=datetime(2024, 1, 1), schedule=None):
    pass
