from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator

from airflow.decorators import task

# Valid URIs: schemes of their own, a plain name, a scheme that only starts with airflow; a bad one in a task body runs later.
ORDERS = Dataset("s3://bucket/orders")
with DAG("fine_uris", schedule=[ORDERS, Dataset("x-team://warehouse/t"), Dataset("orders_table"), Dataset("airflowx://y"), Dataset("airflow")], start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start", outlets=[Dataset("postgres://db:5432/public/orders")])

    @task
    def later():
        return Dataset("")

    later()
