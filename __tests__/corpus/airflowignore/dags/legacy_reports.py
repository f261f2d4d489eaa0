from datetime import datetime

from airflow import DAG

with DAG("legacy_reports", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["old"], default_args={"owner": "data", "retries": 2}):
    pass
