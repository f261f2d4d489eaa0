"""A failing helper imported in a function nothing calls: nothing to report."""
from datetime import datetime

from airflow import DAG


def build():
    from include.broken import value

    return value


with DAG("uncalled_function", start_date=datetime(2024, 1, 1), schedule=None):
    pass
