"""Daily extract-transform-load of partner orders (a healthy classic DAG)."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

from include.etl_helpers import normalise_record

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
}


def _transform(**context):
    rows = context["ti"].xcom_pull(task_ids="extract") or []
    return [normalise_record(row) for row in rows]


with DAG(
    dag_id="partner_orders_etl",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args=default_args,
    tags=["partners", "etl"],
) as dag:
    extract = BashOperator(task_id="extract", bash_command="echo '[{\"ID\": 1}]'", do_xcom_push=True)
    transform = PythonOperator(task_id="transform", python_callable=_transform)
    load = BashOperator(task_id="load", bash_command="echo loading {{ ds }}")

    extract >> transform >> load
