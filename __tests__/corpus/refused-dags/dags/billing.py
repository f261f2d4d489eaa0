from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("billing", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="bill")

# A cron croniter rejects: DAG() takes it, DagBag's dag.validate() refuses only this DAG.
with DAG("billing_cleanup", schedule="0 0 * * 8", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="clean")

# A zero interval and a setup task followed by all_done: also refused one DAG at a time (dag.validate()).
with DAG("billing_interval", schedule=timedelta(0), start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    EmptyOperator(task_id="tick")

with DAG("billing_setup", schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["refused"], default_args={"owner": "data", "retries": 2}):
    create = EmptyOperator(task_id="create").as_setup()
    report = EmptyOperator(task_id="report", trigger_rule="all_done")
    create >> report
