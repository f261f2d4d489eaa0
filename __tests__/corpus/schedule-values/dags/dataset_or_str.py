from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator

with DAG("ds_str_or", start_date=datetime(2024, 1, 1), schedule=Dataset("s3://a") | "s3://b"):
    EmptyOperator(task_id="t")
