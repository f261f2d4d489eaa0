from airflow.decorators import dag
from airflow.models import Param
from airflow.operators.empty import EmptyOperator
from pendulum import datetime

PARAMS = {"batch": Param(5, type="string", description="rows per batch")}


# The default is no string: validation fails as the scheduled DAG is built.
@dag(start_date=datetime(2024, 1, 1), schedule="0 6 * * *", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, params=PARAMS)
def params_bad_default():
    EmptyOperator(task_id="start")


params_bad_default()
