"""Names the star imports bring (the __all__ of include/common.py, the public names of include/plain_names.py), and
an undefined name in a task body, which fails only when the task runs (a warning)."""
from airflow import DAG
from airflow.decorators import task
from include.common import *
from include.plain_names import *


@task
def report():
    return MISSING_REPORT_NAME


with DAG("star_ok", start_date=START, schedule=None, default_args={**DEFAULT_ARGS, "owner": OWNER}):
    report()
