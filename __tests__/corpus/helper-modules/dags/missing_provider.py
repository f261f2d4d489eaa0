"""A helper importing a provider the runtime does not preinstall (a warning, as unresolved-import)."""
from datetime import datetime

from airflow import DAG
from include.needs_provider import HOOK

with DAG("missing_provider", start_date=datetime(2024, 1, 1), schedule=None):
    pass
