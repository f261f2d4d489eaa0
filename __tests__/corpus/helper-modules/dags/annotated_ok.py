"""Names the helper binds: TIMEOUT has a value, BATCH is bound by a function it calls (`global BATCH`)."""
from datetime import datetime

from airflow import DAG
from include.annotated import BATCH, TIMEOUT

with DAG("annotated_ok", start_date=datetime(2024, 1, 1), schedule=None, max_active_runs=BATCH // TIMEOUT):
    pass
