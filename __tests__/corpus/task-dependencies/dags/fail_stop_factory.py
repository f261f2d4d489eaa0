"""Refused: a DAG factory called once at module level, its fail_stop flag and the task's rule held in module
constants (FailStopDagInvalidTriggerRule)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.trigger_rule import TriggerRule

FAIL_STOP = True
RULE = TriggerRule.ALL_DONE


def create_dag(dag_id):
    with DAG(dag_id, fail_stop=FAIL_STOP, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False) as made:
        EmptyOperator(task_id="report", trigger_rule=RULE)
    return made


fail_stop_factory = create_dag("fail_stop_factory")
