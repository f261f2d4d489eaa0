from datetime import datetime

from airflow import DAG

DEFAULT_ARGS = {
    "owner": "airflow",
    "retries": 0,
    "start_date": datetime.now(),
}

with DAG(
    "offending",
    schedule="0 0 * * 8",
    default_args=DEFAULT_ARGS,
    catchup=False,
):
    pass
