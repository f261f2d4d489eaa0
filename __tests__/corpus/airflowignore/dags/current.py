from datetime import datetime

from airflow import DAG

with DAG("current", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["new"], default_args={"owner": "data", "retries": 2}, catchup=False):
    pass
