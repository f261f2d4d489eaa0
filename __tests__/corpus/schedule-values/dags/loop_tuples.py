from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# tup_b's day-of-week 9 is out of range: DagBag refuses that DAG and keeps tup_a.
for name, cron in [("a", "0 1 * * *"), ("b", "0 1 * * 9")]:
    with DAG(f"tup_{name}", start_date=datetime(2024, 1, 1), schedule=cron, catchup=False):
        EmptyOperator(task_id="start")
