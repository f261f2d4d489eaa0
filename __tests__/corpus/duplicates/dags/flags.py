"""DAGs behind a constant flag: `if False:`, `if 0:`, a module name bound once to False or "", the else of a constant
true: never created, so no clash with shared_id in first.py. The DAG behind a true flag is created (near miss)."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 6, 1, tz="UTC")
ARGS = {"owner": "data", "retries": 2}
ENABLED = False
LEGACY_NAME = ""
CURRENT = True

if ENABLED:
    with DAG("shared_id", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["dup"]):
        EmptyOperator(task_id="copy")

if False:
    with DAG("shared_id", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["dup"]):
        EmptyOperator(task_id="copy")

if 0:
    shadow = DAG("shared_id", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["dup"])
elif LEGACY_NAME:
    legacy = DAG("shared_id", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["dup"])

if CURRENT:
    with DAG("flag_current", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["dup"]):
        EmptyOperator(task_id="copy")
else:
    with DAG("shared_id", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["dup"]):
        EmptyOperator(task_id="copy")
