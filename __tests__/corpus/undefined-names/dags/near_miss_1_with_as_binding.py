"""A tester's near miss of the early-read check (loads in DagBag 2.10.5): with_as_binding."""
from datetime import datetime
from airflow import DAG
from airflow.operators.empty import EmptyOperator

def add_tasks():
    EmptyOperator(task_id="t", dag=dag)

with DAG("r01", schedule=None, start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}) as dag:
    add_tasks()

dag = dag
