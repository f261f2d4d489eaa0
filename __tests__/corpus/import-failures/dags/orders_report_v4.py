# A copy importing a module nothing installs (ModuleNotFoundError at import): no duplicate either.
from datetime import datetime

import orders_reporting_toolkit
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("orders_report", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False):
    EmptyOperator(task_id="build", doc=orders_reporting_toolkit.__doc__)
