from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

PIPELINES = [
    {"name": "sales", "schedule": "0 2 * * *", "tags": ["sales"]},
    {"name": "hr", "schedule": "0 25 * * *", "tags": ["hr"]},
]
for cfg in PIPELINES:
    with DAG(f"pipe_{cfg['name']}", start_date=datetime(2024, 1, 1), schedule=cfg["schedule"], tags=cfg["tags"], catchup=False) as dag:
        EmptyOperator(task_id="start")
    globals()[dag.dag_id] = dag
