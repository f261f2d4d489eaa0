# Another copy, with a cron Airflow rejects (AirflowTimetableInvalid while the DAG is made): no duplicate either.
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("orders_report", schedule="0 25 * * *", start_date=datetime(2024, 1, 1), catchup=False):
    EmptyOperator(task_id="build")
