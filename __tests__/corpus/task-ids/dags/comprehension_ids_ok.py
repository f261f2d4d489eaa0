"""Comprehensions that add each task_id once: an f-string id, one item, an `if` that keeps one item, a task_id named by
the comprehension's own variable (not the module constant of that name), a generator expression nothing consumes."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
region = "global"

with DAG("regions_comprehension_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    per_region = [EmptyOperator(task_id=f"load_{r}") for r in ["emea", "apac"]]
    single = [EmptyOperator(task_id="single") for _ in range(1)]
    kept = [EmptyOperator(task_id="kept") for r in ["emea", "apac"] if r == "emea"]
    own = [EmptyOperator(task_id=region) for region in ["emea", "apac"]]
    lazy = (EmptyOperator(task_id="lazy") for _ in range(2))
