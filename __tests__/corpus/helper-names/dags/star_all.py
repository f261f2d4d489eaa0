"""`from include.common import *` brings only DEFAULT_ARGS and START (its __all__): HIDDEN is a NameError."""
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.common import *

with DAG("star_all", start_date=START, schedule="@daily", default_args=DEFAULT_ARGS, tags=[HIDDEN]):
    EmptyOperator(task_id="start")
