"""A helper whose undefined names are only under __main__, `if False:`, `if 0:` and dead else/elif branches: it imports fine."""
from datetime import datetime

from airflow import DAG
from include.main_block import VALUE

with DAG("main_block_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
