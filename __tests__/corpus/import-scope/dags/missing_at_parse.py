from datetime import datetime

import corpus_missing_at_parse
from airflow import DAG

with DAG("missing_at_parse", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    corpus_missing_at_parse.setup()
