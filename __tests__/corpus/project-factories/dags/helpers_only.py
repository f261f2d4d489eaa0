"""Calls of imported functions that make no Airflow DAG: nothing listed."""
from datetime import datetime

from include.pipelines import ARGS

START = datetime(2024, 1, 1)
OWNER = dict(ARGS)
