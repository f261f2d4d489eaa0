"""A schedule written as a list of strings (URIs meant as datasets, or two crons): DAG() takes a collection as
datasets only, so Airflow 2.10.5 fails the import (ValueError: All elements in 'schedule' should be datasets or
dataset aliases). Also through a module constant."""
from datetime import datetime

from airflow import DAG

UPSTREAM = ("s3://lake/orders", "s3://lake/customers")

with DAG("schedule_strings", schedule=["0 6 * * *", "0 18 * * *"], start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["construction"], catchup=False):
    pass

with DAG("schedule_uris", schedule=UPSTREAM, start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["construction"], catchup=False):
    pass
