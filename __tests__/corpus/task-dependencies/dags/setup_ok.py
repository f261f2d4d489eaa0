"""Accepted: other rules further from the setup and on its teardown, a rule put back to all_success after the
dependency, a task a helper turns into a teardown, and a setup's output given to an all_success task."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import setup, task
from airflow.operators.empty import EmptyOperator


def make_teardown(operator):
    operator.as_teardown()


with DAG("setup_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    create = EmptyOperator(task_id="create").as_setup()
    work = EmptyOperator(task_id="work")
    report = EmptyOperator(task_id="report", trigger_rule="all_done")
    delete = EmptyOperator(task_id="delete", trigger_rule="all_done")
    create >> work >> report >> delete.as_teardown(setups=create)
    drop = EmptyOperator(task_id="drop", trigger_rule="all_done")
    create >> drop
    make_teardown(drop)

with DAG("setup_rule_reset", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):

    @setup
    def bucket():
        return "b"

    @task
    def fill(name):
        return name

    later = EmptyOperator(task_id="later", trigger_rule="none_failed")
    fill(bucket()) >> later
    made = bucket()
    after = EmptyOperator(task_id="after", trigger_rule="all_done")
    made >> after
    after.trigger_rule = "all_success"
