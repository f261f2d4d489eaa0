from functools import partial
from datetime import datetime
from airflow import DAG
from airflow.operators.empty import EmptyOperator

Fixed = partial(DAG, "partial_preset_id", start_date=datetime(2024, 1, 1))

with Fixed(schedule=None) as dag:
    EmptyOperator(task_id="x")
