"""One dag_id per branch of an environment switch and of an import fallback: only one branch runs, no duplicate."""
import os

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "platform", "retries": 2}

if os.environ.get("DEPLOYMENT_TIER") == "production":
    with DAG("tier_switch", schedule="@hourly", start_date=START, catchup=False, default_args=ARGS, tags=["platform"]):
        EmptyOperator(task_id="sync")
elif os.environ.get("DEPLOYMENT_TIER") == "staging":
    with DAG("tier_switch", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["platform"]):
        EmptyOperator(task_id="sync")
else:
    with DAG("tier_switch", schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["platform"]):
        EmptyOperator(task_id="sync")

try:
    from airflow.operators.empty import EmptyOperator as Marker

    with DAG("fallback_switch", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["platform"]):
        Marker(task_id="mark")
except ImportError:
    with DAG("fallback_switch", schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["platform"]):
        EmptyOperator(task_id="mark")
