"""A deprecated module reached as an attribute: `from airflow.operators.dummy import DummyOperator` works, but Airflow
only puts the module in sys.modules, so `airflow.operators.dummy` is no attribute of airflow.operators."""
from datetime import datetime

import airflow.operators.dummy
from airflow import DAG

with DAG("deprecated_attribute", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    airflow.operators.dummy.DummyOperator(task_id="start")
