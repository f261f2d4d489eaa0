# A half-edited copy of nightly_sync.py, pushed by mistake: it does not compile, so Airflow loads none of its DAGs
# and the dag_id below is no duplicate (a whole-folder DagBag reports only this file's SyntaxError).
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("nightly_sync", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), schedule="@daily", catchup=False):
    if pendulum.now().day == 1
        EmptyOperator(task_id="sync_monthly")
