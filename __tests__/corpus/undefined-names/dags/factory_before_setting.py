"""A factory reads a module setting the file assigns only below the call that runs it: NameError at import."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def build(dag_id):
    dag = DAG(dag_id, schedule=SCHEDULE, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})
    EmptyOperator(task_id="start", dag=dag)
    return dag


nightly = build("factory_before_setting")
SCHEDULE = "@daily"
