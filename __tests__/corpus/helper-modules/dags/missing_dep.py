"""A helper imports at module level a module nothing installs (ModuleNotFoundError): at unresolved-import's level."""
from datetime import datetime

from airflow import DAG
from include.needs_missing import VALUE

with DAG("missing_dep", start_date=datetime(2024, 1, 1), schedule=None):
    pass
