from datetime import datetime
from functools import partial

from airflow import DAG

Typed = partial(DAG, start_date=datetime(2024, 1, 1), catchup="False")

with Typed(dag_id="partial_bad_preset", schedule=None):
    pass
