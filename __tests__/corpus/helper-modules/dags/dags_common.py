"""dags/common/utils.py (on sys.path as common.utils, not a DAG file) has a syntax error."""
from datetime import datetime

from airflow import DAG
from common.utils import helper

with DAG("dags_common", start_date=datetime(2024, 1, 1), schedule=None):
    pass
