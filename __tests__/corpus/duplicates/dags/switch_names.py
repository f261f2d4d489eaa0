"""A different dag_id per branch of an environment switch: one import makes one of them, so one DAG is listed, its
dag_id unknown (which one depends on the environment)."""
import os

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 6, 1, tz="UTC")
ARGS = {"owner": "data", "retries": 2}

if os.environ.get("DEPLOYMENT_TIER") == "production":
    with DAG("billing_prod", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["billing"]):
        EmptyOperator(task_id="bill")
else:
    with DAG("billing_dev", schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["billing"]):
        EmptyOperator(task_id="bill")
