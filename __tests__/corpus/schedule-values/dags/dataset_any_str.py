from datetime import datetime
from airflow import DAG
from airflow.datasets import DatasetAny

with DAG("ds_any_str", schedule=DatasetAny("s3://a", "s3://b"), start_date=datetime(2024, 1, 1)) as dag:
    pass
