"""Accepted: expand() over a list, a dict, a name bound to a list, another task's output; shared values in partial();
a bad expand() in a function nothing calls."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.operators.bash import BashOperator

REGIONS = ["emea", "apac"]


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ml", "retries": 2}, tags=["ml"], catchup=False)
def score_all():
    @task
    def regions():
        return REGIONS

    @task
    def score(region, model="v1"):
        return region

    score.expand(region=["emea", "apac"])
    score.partial(model="v2").expand(region=REGIONS)
    score.expand(region=regions())
    BashOperator.partial(task_id="echo").expand(bash_command=["echo 1", "echo 2"])
    BashOperator.partial(task_id="env").expand(env=[{"A": "1"}, {"A": "2"}])


def not_wired():
    @task
    def noop(x):
        return x

    noop.expand(x="later")


score_all()
