"""include/pkg4/beyond.py's `from ...fine import FINE` goes beyond the top-level package `include`: ImportError:
attempted relative import beyond top-level package. include/pkg4/within.py's `from ..fine import FINE` is fine."""
from datetime import datetime

from airflow import DAG
from include.pkg4.within import WITHIN
from include.pkg4.beyond import BEYOND

with DAG("relative_beyond", start_date=datetime(2024, 1, 1), schedule=None):
    pass
