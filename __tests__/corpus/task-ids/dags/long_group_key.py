"""Each id is short enough on its own, but the task's key with its group's prefix is over 250 characters."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("clv_scores", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["clv"], catchup=False):
    with TaskGroup("customer_lifetime_value_customer_lifetime_value_customer_lifetime_value_customer_lifetime_value_customer_lifetime_value_customer_lifetime_value"):
        EmptyOperator(task_id="recompute_segment_scores_recompute_segment_scores_recompute_segment_scores_recompute_segment_scores_recompute_segment_scores")
