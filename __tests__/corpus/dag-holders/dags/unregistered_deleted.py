from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.empty import EmptyOperator

# auto_register=False and the only global holding it deleted: DagBag never bags it, so its
# timetable (an interval that is not positive) is never validated.
with DAG("unregistered_deleted", start_date=datetime(2024, 1, 1), schedule=timedelta(minutes=0), auto_register=False, tags=["t"], default_args={"owner": "o", "retries": 2}) as _template:
    EmptyOperator(task_id="start")
del _template
