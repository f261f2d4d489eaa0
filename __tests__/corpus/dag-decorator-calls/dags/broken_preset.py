"""A shared dag(...) configuration with an invalid cron: every DAG it decorates fails, found on the schedule."""
from datetime import datetime

from airflow.decorators import dag

hourly = dag(schedule="0 * * * 8", start_date=datetime(2024, 1, 1), default_args={"owner": "analytics", "retries": 2}, tags=["hourly"], catchup=False)


@hourly
def hourly_sync():
    pass


hourly_sync()
