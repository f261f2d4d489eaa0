from functools import partial
from datetime import datetime
from airflow import DAG
from airflow.operators.empty import EmptyOperator

Fixed = partial(DAG, "partial_preset_twice", start_date=datetime(2024, 1, 1))

with Fixed(dag_id="other") as dag:
    EmptyOperator(task_id="x")
