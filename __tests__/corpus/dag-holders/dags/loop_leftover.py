"""Plain DAGs in a dict, then a module-level loop over it: the loop variable leaves the last one in a global."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
REGIONS = ["eu", "us"]

by_region = {r: DAG(f"region_{r}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False) for r in REGIONS}
for region, region_dag in by_region.items():
    EmptyOperator(task_id=f"load_{region}", dag=region_dag)
