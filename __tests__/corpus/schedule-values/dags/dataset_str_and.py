from datetime import datetime

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator

RAW = Dataset("s3://raw")

with DAG("ds_str_and", start_date=datetime(2024, 1, 1), schedule="s3://b" & RAW):
    EmptyOperator(task_id="t")
