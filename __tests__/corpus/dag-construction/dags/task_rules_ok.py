"""Task trigger and weight rules that import: valid strings, the TriggerRule enum, a misspelt rule only in an uncalled function."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.trigger_rule import TriggerRule

ARGS = {"owner": "finance", "retries": 2}


def unused():
    EmptyOperator(task_id="never", trigger_rule="one_succes")


with DAG("ledger_rules", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ledger"], catchup=False):
    a = EmptyOperator(task_id="a", trigger_rule="none_failed_min_one_success", weight_rule="upstream")
    b = EmptyOperator(task_id="b", trigger_rule=TriggerRule.ALL_DONE)
    c = EmptyOperator(task_id="c", trigger_rule="dummy")
    a >> b >> c
