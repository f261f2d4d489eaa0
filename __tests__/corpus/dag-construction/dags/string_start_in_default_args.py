"""A start_date string in default_args is accepted: DAG() parses default_args' start_date (timezone.parse)."""
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("ledger_audit", schedule="@daily", default_args={"owner": "finance", "retries": 2, "start_date": "2024-01-01"}, tags=["finance"], catchup=False) as audit:
    EmptyOperator(task_id="audit")
