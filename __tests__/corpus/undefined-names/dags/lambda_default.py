from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

with DAG("lambda_default", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    # The lambda's body runs only in the task; its default is evaluated here, at import.
    PythonOperator(task_id="ping", python_callable=lambda region=REGION: print(region, LATER_NAME))
