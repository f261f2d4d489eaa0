"""Mapped classic operators Airflow 2.10.5 builds: task arguments in partial(), the operator's own in expand()."""
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("mapped_partial_args_ok", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    BashOperator.partial(task_id="fan_out", retries=1, env={"MODE": "batch"}).expand(bash_command=["echo a", "echo b"])
