"""A task_id with spaces, in an @dag function: AirflowException when the file is imported."""
from datetime import datetime

from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def warehouse_report():
    EmptyOperator(task_id="Send daily report")


warehouse_report()
