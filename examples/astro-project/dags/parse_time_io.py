# BROKEN (performance): reads a Variable and calls an API at module level, on every scheduler parse.
from datetime import datetime

import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator

API_BASE = Variable.get("partner_api_base_url")
PARTNERS = requests.get(f"{API_BASE}/partners", timeout=10).json()

with DAG(
    dag_id="partner_feeds",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"owner": "data-platform", "retries": 2},
    tags=["partners"],
) as dag:
    for partner in PARTNERS:
        BashOperator(task_id=f"load_{partner}", bash_command=f"echo {partner}")
