"""dag= naming the with block's own DAG (`as dag`) changes nothing: both tasks land in the same group of that DAG."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("crm_sync", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["crm"], catchup=False) as dag:
    with TaskGroup("contacts"):
        EmptyOperator(task_id="upsert", dag=dag)
        EmptyOperator(task_id="upsert", dag=dag)
