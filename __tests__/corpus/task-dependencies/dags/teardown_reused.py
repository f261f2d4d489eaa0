"""Refused: one module-level @teardown function called in two DAGs. The first call writes trigger_rule into the
decorator's arguments, so the second fails (ValueError: Trigger rule not configurable for teardown tasks.)."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import teardown


@teardown
def clean_up():
    return 0


with DAG("teardown_reused_a", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    clean_up()

with DAG("teardown_reused_b", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    clean_up()
