# BROKEN: imports a vendor SDK that is not in requirements.txt - ModuleNotFoundError at import time.
from datetime import datetime

import nonexistent_vendor_sdk
from airflow import DAG
from airflow.operators.python import PythonOperator


def _push():
    nonexistent_vendor_sdk.Client().push()


with DAG(
    dag_id="vendor_push",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"owner": "integrations", "retries": 2},
    tags=["vendor"],
) as dag:
    PythonOperator(task_id="push", python_callable=_push)
