"""Broken: python_callable=prepare() calls the function at import and passes what it returns (None): PythonOperator
refuses it (AirflowException: `python_callable` param must be callable); also a function returning a dict, for
BranchPythonOperator."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import BranchPythonOperator, PythonOperator


def prepare():
    print("preparing")


def choose(threshold=10):
    if threshold > 5:
        return {"branch": "big"}
    return {"branch": "small"}


with DAG("python_callable_called", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False):
    PythonOperator(task_id="prepare", python_callable=prepare())
    BranchPythonOperator(task_id="choose", python_callable=choose(threshold=3))
