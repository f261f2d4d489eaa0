from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def build(name, schedule="@daily"):
    with DAG(f"fn_{name}", start_date=datetime(2024, 1, 1), schedule=schedule, catchup=False) as dag:
        EmptyOperator(task_id="t")
    return dag


daily = build("daily")
hourly = build("hourly", "@hourly")
broken = build("broken", schedule="0 0 32 * *")
