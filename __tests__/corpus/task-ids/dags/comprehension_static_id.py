"""Operators made in comprehensions whose task_id forgot the loop variable: the second item adds the same task_id again
(DuplicateTaskIdFound), in a list comprehension over range(2) and a dict comprehension over a literal list."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

with DAG("regions_comprehension", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    shards = [EmptyOperator(task_id="shard") for _ in range(2)]

with DAG("regions_comprehension_dict", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    exports = {region: BashOperator(task_id="export_region", bash_command=f"export {region}") for region in ["emea", "apac"]}
