"""dag_ids from f-strings over module constants, in a with-block, a plain DAG(), and an @dag override."""
import pendulum
from airflow import DAG
from airflow.decorators import dag, task
from airflow.operators.empty import EmptyOperator

TEAM = "pricing"
VERSION = 3
START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": TEAM, "retries": 2}

with DAG(dag_id=f"{TEAM}_curve_refresh", schedule="@hourly", start_date=START, catchup=False, default_args=ARGS, tags=[TEAM]):
    EmptyOperator(task_id="refresh")

snapshot = DAG(TEAM + "_snapshot", schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=[TEAM])
EmptyOperator(task_id="copy", dag=snapshot)


@dag(dag_id=f"{TEAM}_model_v{VERSION}", schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=[TEAM])
def model_pipeline():
    @task
    def fit():
        return VERSION

    fit()


model_pipeline()
