"""An @dag function's parameter defaulting to a Param without a default: the @dag factory makes each bound argument a
DAG param, and DagBag validates the params of the scheduled DAG (AirflowException). epochs' Param is fine."""
import pendulum
from airflow import Dataset  # noqa: F401
from airflow.decorators import dag, task
from airflow.models.param import Param

START = pendulum.datetime(2024, 1, 1, tz="UTC")
DEFAULTS = {"owner": "ml", "retries": 2}


@dag(schedule="@daily", start_date=START, catchup=False, tags=["ml"], default_args=DEFAULTS)
def train_model(model: str = Param(type="string"), epochs=Param(10, type="integer")):
    @task
    def fit(name):
        return name

    fit(model)


train_model()
