"""Accepted: a fail_stop DAG whose tasks keep all_success (written out too), with a setup and a teardown (teardowns run
with all_done_setup_success, which fail_stop allows); a trigger_rule in a DAG without fail_stop; fail_stop=False."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import setup, task, teardown
from airflow.operators.empty import EmptyOperator

with DAG("fail_stop_ok", fail_stop=True, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    @setup
    def create():
        return 1

    @task
    def work():
        return 2

    @teardown
    def delete():
        return 0

    made = create()
    made >> work() >> delete()
    EmptyOperator(task_id="explicit", trigger_rule="all_success")
    EmptyOperator(task_id="later_teardown").as_teardown(setups=made)

with DAG("rules_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    EmptyOperator(task_id="cleanup", trigger_rule="all_done")

with DAG("fail_stop_off", fail_stop=False, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    EmptyOperator(task_id="cleanup", trigger_rule="one_failed")
