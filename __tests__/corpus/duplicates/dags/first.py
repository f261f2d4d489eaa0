from datetime import datetime

from airflow import DAG

with DAG("shared_id", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False):
    pass
