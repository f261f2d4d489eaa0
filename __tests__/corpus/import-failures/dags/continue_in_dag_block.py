"""`continue` left at module level after a loop was removed: SyntaxError ('continue' not properly in loop)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("continue_left_over", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["reports"], catchup=False):
    EmptyOperator(task_id="start")
    continue
