"""start_date=...date() of a datetime is a date without a time: AttributeError ('Date' object has no attribute 'tzinfo')."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("ledger_day_only", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1).date(), default_args={"owner": "finance", "retries": 2}, tags=["finance"], catchup=False):
    EmptyOperator(task_id="daily")
