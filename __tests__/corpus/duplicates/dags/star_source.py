from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

star_dag = DAG("star_source", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False)
EmptyOperator(task_id="t", dag=star_dag)
