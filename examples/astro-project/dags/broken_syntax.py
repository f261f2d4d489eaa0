# BROKEN: a missing closing parenthesis - Airflow reports an import error and the DAG disappears from the UI.
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    dag_id="marketing_attribution",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    tags=["marketing"],
    default_args={"owner": "marketing", "retries": 2},
 as dag:
    EmptyOperator(task_id="start")
