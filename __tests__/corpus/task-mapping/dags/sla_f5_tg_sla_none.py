"""Tester 3 of stop 30: a mapped task whose SLA another same-named task or a task group's default_args decides (Airflow 2.10.5 loads the file): no task-mapping-valid."""
from datetime import timedelta
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.utils.task_group import TaskGroup
with DAG("f5", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"owner": "x", "sla": timedelta(hours=1)}):
    with TaskGroup("fanout", default_args={"sla": None}):
        BashOperator.partial(task_id="m").expand(bash_command=["echo a", "echo b"])
