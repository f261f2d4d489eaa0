"""default_args only printed and handed on with default_args=: the shorthand retry_delay reaches every task, and
Airflow 2.10.5 fails the import (TypeError: unsupported type for timedelta seconds component: str)."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

printed_args = {"owner": "treasury", "retries": 2, "retry_delay": "5m"}
print(printed_args)

with DAG("printed_args", schedule="@daily", start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), catchup=False, default_args=printed_args, tags=["treasury"]):
    EmptyOperator(task_id="close", default_args=printed_args)
