"""A helper in include/ with a syntax error."""
from datetime import datetime

from airflow import DAG

from include.broken import value

with DAG("syntax_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
