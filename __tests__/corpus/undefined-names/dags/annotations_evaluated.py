from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# A string annotation is not evaluated; a plain one at module level is, and RowCount is nowhere defined.
OWNER: "TeamName" = "o"
LIMIT: RowCount = 100

with DAG("annotations_evaluated", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": OWNER, "retries": 2}):
    EmptyOperator(task_id="start")
