"""Collections DAG() takes as a schedule: Dataset objects (also through a constant) and an empty list."""
from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset

ORDERS = Dataset("s3://lake/orders")

with DAG("schedule_datasets", schedule=[ORDERS, Dataset("s3://lake/customers")], start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["construction"], catchup=False):
    pass

with DAG("schedule_empty_list", schedule=[], start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["construction"], catchup=False):
    pass
