"""Hourly export. A task can set execution_timeout=timedelta(...) itself; none does here, so every task gets the
default_args value in seconds (an int, not a timedelta): ValueError."""
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("timeout_docstring", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"owner": "billing", "retries": 2, "execution_timeout": 3600}, tags=["billing"]):
    BashOperator(task_id="t", bash_command="echo")
