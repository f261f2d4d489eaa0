"""Team defaults for DAGs: a class wrapper DAG files import."""
from datetime import datetime

from airflow import DAG


def team_DAG(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return DAG(**kwargs)
