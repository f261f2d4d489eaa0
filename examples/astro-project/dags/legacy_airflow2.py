# AIRFLOW 3 MIGRATION: old import paths, schedule_interval, days_ago and the execution_date context key.
from airflow import DAG
from airflow.operators.bash_operator import BashOperator
from airflow.utils.dates import days_ago

with DAG(
    "legacy_report",
    schedule_interval="@daily",
    start_date=days_ago(1),
    default_args={"owner": "reporting", "retries": 2},
    tags=["legacy"],
) as dag:
    BashOperator(task_id="report", bash_command="echo {{ execution_date }}")
