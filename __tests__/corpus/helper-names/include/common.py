"""Shared DAG settings: `from include.common import *` brings only the names of __all__."""
from datetime import datetime, timedelta

__all__ = ["DEFAULT_ARGS", "START"]

DEFAULT_ARGS = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}
START = datetime(2024, 1, 1)
HIDDEN = "hidden"
