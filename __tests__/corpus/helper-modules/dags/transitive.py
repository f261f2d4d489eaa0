"""include/wrapper.py imports include/broken.py, which does not compile."""
from datetime import datetime

import include.wrapper
from airflow import DAG

with DAG("transitive", start_date=datetime(2024, 1, 1), schedule=None):
    pass
