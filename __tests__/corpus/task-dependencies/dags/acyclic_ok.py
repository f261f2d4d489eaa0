"""Accepted: fan-out and fan-in with lists, chain() over lists of one length, set_upstream, a TaskGroup, edges in a loop."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

from airflow.models.baseoperator import chain
from airflow.utils.task_group import TaskGroup

with DAG("acyclic_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    start = EmptyOperator(task_id="start")
    left = EmptyOperator(task_id="left")
    right = EmptyOperator(task_id="right")
    join = EmptyOperator(task_id="join")
    start >> [left, right] >> join
    with TaskGroup("report") as report:
        build = EmptyOperator(task_id="build")
        send = EmptyOperator(task_id="send")
        build >> send
    one = EmptyOperator(task_id="one")
    two = EmptyOperator(task_id="two")
    chain(join, [build, one], [send, two])
    end = EmptyOperator(task_id="end")
    end.set_upstream(send)
    for upstream in [two, join]:
        upstream >> end
