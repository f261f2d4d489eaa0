"""A task given dag= a module DAG from inside another DAG's with block joins the module DAG, which already has the id (keyword arguments on lines of their own are no second binding of the name)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

dag = DAG("billing_daily", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["billing"], catchup=False)
EmptyOperator(
    task_id="publish",
    dag=dag,
)

with DAG("billing_audit", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["billing"], catchup=False):
    EmptyOperator(task_id="publish",
                  dag=dag)
