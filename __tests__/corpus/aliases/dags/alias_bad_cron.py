from datetime import datetime

from airflow import DAG as AirflowDAG

with AirflowDAG(
    "alias_bad_cron",
    schedule="0 25 * * *",
    start_date=datetime(2024, 1, 1),
    tags=["corpus"],
    default_args={"owner": "data", "retries": 2},
    catchup=False,
):
    pass
