"""A helper whose own import of a broken helper is under try/except Exception, and missing imports under `if False:` and TYPE_CHECKING."""
from datetime import datetime

from airflow import DAG
from include.tried import value

with DAG("tried_ok", start_date=datetime(2024, 1, 1), schedule=None):
    pass
