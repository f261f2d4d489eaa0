from datetime import datetime

from dateutil.relativedelta import relativedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

MONTHLY = relativedelta(months=1)

# Forward intervals, and one with an absolute day (which way it goes depends on the date): all load.
with DAG("relativedelta_forward", start_date=datetime(2024, 1, 1), schedule=MONTHLY, catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")

with DAG("relativedelta_absolute_day", start_date=datetime(2024, 1, 1), schedule=relativedelta(months=1, day=1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")
