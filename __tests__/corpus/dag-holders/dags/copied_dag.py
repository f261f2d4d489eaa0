"""A second DAG pasted below the first, reusing the name `dag`: the module's global now holds only the second one, so
DagBag never sees the first. DAGs made in with blocks are registered whatever name they use."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

dag = DAG("copied_orders", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["copied"], catchup=False)
EmptyOperator(task_id="orders", dag=dag)

dag = DAG("copied_refunds", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["copied"], catchup=False)
EmptyOperator(task_id="refunds", dag=dag)

with DAG("copied_with_first", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["copied"], catchup=False) as block:
    EmptyOperator(task_id="noop")

with DAG("copied_with_second", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["copied"], catchup=False) as block:
    EmptyOperator(task_id="noop")


class Legacy:
    # A class attribute is no module global: not found.
    nightly = DAG("copied_class_attribute", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["copied"], catchup=False)
