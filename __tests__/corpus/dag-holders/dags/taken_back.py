"""Plain DAGs in a registry dict, one of them taken back out into a module global."""
from datetime import datetime

from airflow import DAG

ARGS = {"owner": "platform", "retries": 2}
START = datetime(2024, 1, 1)

REGISTRY = {
    "taken_primary": DAG("taken_primary", schedule="@daily", start_date=START, default_args=ARGS, tags=["registry"], catchup=False),
    "left_in_registry": DAG("left_in_registry", schedule="@daily", start_date=START, default_args=ARGS, tags=["registry"], catchup=False),
}
REGISTRY["taken_later"] = DAG("taken_later", schedule="@daily", start_date=START, default_args=ARGS, tags=["registry"], catchup=False)
REGISTRY["stays_put"] = DAG("stays_put", schedule="@daily", start_date=START, default_args=ARGS, tags=["registry"], catchup=False)

primary = REGISTRY["taken_primary"]
later = REGISTRY['taken_later']
