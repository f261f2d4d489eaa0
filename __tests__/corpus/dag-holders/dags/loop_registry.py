"""Plain DAGs put into a registry dict in a loop; module code takes two of them back out by key."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

PIPELINES = {}
for name in ["alpha", "beta", "gamma"]:
    PIPELINES[name] = DAG(f"pipeline_{name}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["pipelines"], catchup=False)

for name in ["alpha", "beta", "gamma"]:
    EmptyOperator(task_id="start", dag=PIPELINES[name])

pipeline_alpha = PIPELINES["alpha"]
pipeline_gamma = PIPELINES.get("gamma")
