from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

RUNS = 1 + 1
LIST_TAGS = ["etl"]
MINUTES = 30

# Computed values of the right type: an int for max_active_runs, a list + list for tags, a timedelta from a product.
with DAG("values_computed_fine", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=LIST_TAGS + ["daily"], max_active_runs=RUNS * 2, dagrun_timeout=timedelta(minutes=MINUTES * 2), default_args={"owner": "o", "retries": 2 * 1}):
    EmptyOperator(task_id="start", retries=RUNS - 1)
