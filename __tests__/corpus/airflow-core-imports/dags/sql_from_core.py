"""SQLExecuteQueryOperator was never in airflow.operators.sql: that deprecated module forwards only the older SQL check operators."""
from datetime import datetime

from airflow import DAG
from airflow.operators.sql import SQLExecuteQueryOperator

with DAG("sql_from_core", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    SQLExecuteQueryOperator(task_id="count", conn_id="warehouse", sql="SELECT 1")
