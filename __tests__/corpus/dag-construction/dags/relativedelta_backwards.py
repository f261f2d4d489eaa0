from datetime import datetime

from dateutil.relativedelta import relativedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# An interval that goes back in time: DAG() refuses it (AirflowTimetableInvalid: schedule interval must be positive).
with DAG("relativedelta_backwards", start_date=datetime(2024, 1, 1), schedule=relativedelta(days=-1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
