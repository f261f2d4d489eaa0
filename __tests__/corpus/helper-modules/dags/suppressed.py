"""Failing imports inside `with contextlib.suppress(...)` (any alias): the file handles them, as with try/except."""
import contextlib
from contextlib import suppress
from contextlib import suppress as quietly
from datetime import datetime

from airflow import DAG

with contextlib.suppress(Exception):
    from include.broken import value
with suppress(ImportError):
    from include.needs_missing import VALUE
with quietly(ModuleNotFoundError):
    import nonexistent_pkg_xyz
with suppress(ValueError), suppress(ImportError):
    from include.needs_missing import VALUE as AGAIN

with DAG("suppressed", start_date=datetime(2024, 1, 1), schedule=None):
    pass

with suppress(ValueError):
    from include.fine import FINE
