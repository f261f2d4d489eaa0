"""@dag functions whose Param-defaulted parameters get a value in the call (by keyword, by position), beside a valid
Param default and a plain None default: each bound value is the param, and all are valid."""
import pendulum
from airflow import Dataset  # noqa: F401
from airflow.decorators import dag, task
from airflow.models.param import Param

START = pendulum.datetime(2024, 1, 1, tz="UTC")
DEFAULTS = {"owner": "ml", "retries": 2}


@dag(schedule="@daily", start_date=START, catchup=False, tags=["ml"], default_args=DEFAULTS)
def evaluate_model(model=Param(type="string"), batch=Param(32, type="integer"), note=None):
    pass


evaluate_model(model="resnet")


@dag(schedule="@daily", start_date=START, catchup=False, tags=["ml"], default_args=DEFAULTS)
def publish_model(channel=Param(type="string")):
    pass


publish_model("stable")
