"""Refused: a DAG factory called once at module level whose tasks loop back (AirflowDagCycleException)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def build(dag_id):
    with DAG(dag_id, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False) as made:
        extract = EmptyOperator(task_id="extract")
        load = EmptyOperator(task_id="load")
        extract >> load >> extract
        return made


build("cycle_factory")
