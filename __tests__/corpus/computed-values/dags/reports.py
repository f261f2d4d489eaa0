import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("report_daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), schedule="@daily"):
    EmptyOperator(task_id="t")
