"""The dag_id is the file's name, three ways teams write it."""
import os
from pathlib import Path

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

SETTINGS = {"owner": "exports", "retries": 2}
START = pendulum.datetime(2024, 5, 1, tz="UTC")

with DAG(Path(__file__).stem, schedule="0 1 * * *", start_date=START, catchup=False, default_args=SETTINGS, tags=["export"]):
    EmptyOperator(task_id="dump")

with DAG(
    dag_id=os.path.basename(__file__).replace(".py", "") + "_backfill",
    schedule=None,
    start_date=START,
    catchup=False,
    default_args=SETTINGS,
    tags=["export"],
):
    EmptyOperator(task_id="dump")

AUDIT_ID = f"{os.path.splitext(os.path.basename(__file__))[0]}_audit"
audit = DAG(AUDIT_ID, schedule="@weekly", start_date=START, catchup=False, default_args=SETTINGS, tags=["export"])
EmptyOperator(task_id="check", dag=audit)
