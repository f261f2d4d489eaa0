"""Accepted: one @task's output given to two others, an explicit dependency along the data flow, a @task called twice
(its second task is load__1), a branch guarded by a False flag."""
from datetime import datetime

from airflow.decorators import dag, task

LOOP_BACK = False


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def taskflow_ok():
    @task
    def extract():
        return 1

    @task
    def load(value):
        return value

    raw = extract()
    first = load(raw)
    second = load(raw)
    raw >> first >> second
    if LOOP_BACK:
        second >> raw


taskflow_ok()
