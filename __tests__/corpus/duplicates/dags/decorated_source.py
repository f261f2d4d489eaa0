from datetime import datetime

from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator


@dag(dag_id="decorated_source", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False)
def make():
    EmptyOperator(task_id="t")


made = make()
