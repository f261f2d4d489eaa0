"""A Param without a default passed in the call of the @dag function becomes the DAG's param as it is: it fails."""
import pendulum
from airflow import Dataset  # noqa: F401
from airflow.decorators import dag, task
from airflow.models.param import Param

START = pendulum.datetime(2024, 1, 1, tz="UTC")
DEFAULTS = {"owner": "ml", "retries": 2}


@dag(schedule="@daily", start_date=START, catchup=False, tags=["ml"], default_args=DEFAULTS)
def export_model(target):
    pass


export_model(target=Param(type="string"))
