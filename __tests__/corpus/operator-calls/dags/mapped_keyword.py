"""Broken: a mapped operator's partial() with a keyword BashOperator does not take (TypeError from
validate_mapping_kwargs); mapping the same task over a valid keyword is fine."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("mapped_shell", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False):
    BashOperator.partial(task_id="shards", retires=2).expand(bash_command=["echo 1", "echo 2"])
