"""Not duplicates: one task_id per branch, in two DAGs, in two groups, a @task reused (Airflow suffixes it), a
dag= of their own, a loop with an f-string id; a spaced id only under __main__ or in an uncalled function."""
import os
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "dw", "retries": 2}

with DAG("warehouse_a", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["dw"], catchup=False) as dag_a:
    if os.environ.get("WAREHOUSE") == "snowflake":
        EmptyOperator(task_id="load")
    else:
        EmptyOperator(task_id="load")

    @task
    def notify():
        return 1

    notify()
    notify()
    for table in ["orders", "items"]:
        EmptyOperator(task_id=f"copy_{table}")

with DAG("warehouse_b", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["dw"], catchup=False) as dag_b:
    EmptyOperator(task_id="load")
    EmptyOperator(task_id="audit", dag=dag_a)
    EmptyOperator(task_id="audit", dag=dag_b)


def unused():
    EmptyOperator(task_id="never built")


if __name__ == "__main__":
    EmptyOperator(task_id="local run")
