"""A @task's expand() over `params`, a name Airflow fills from the task's context: the DAG fails to build with
ValueError: cannot call expand() on task context variable 'params' (even though the function has that parameter)."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False)
def mapped_context_key():
    @task
    def train(model, params):
        print(model, params)

    train.partial(model="v2").expand(params=[{"lr": 0.1}, {"lr": 0.01}])


mapped_context_key()
