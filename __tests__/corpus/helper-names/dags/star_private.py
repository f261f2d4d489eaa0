"""include/plain_names.py has no __all__: a star import brings its public names, not _PRIVATE_TAG (NameError)."""
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.plain_names import *

with DAG("star_private", start_date=START_DATE, schedule=None, default_args={"owner": OWNER}, tags=[_PRIVATE_TAG]):
    EmptyOperator(task_id="start")
