"""A keyword-only @dag parameter whose Param default its type refuses, on a dataset-scheduled DAG: it fails."""
import pendulum
from airflow import Dataset
from airflow.decorators import dag, task
from airflow.models.param import Param

START = pendulum.datetime(2024, 1, 1, tz="UTC")
DEFAULTS = {"owner": "ml", "retries": 2}


@dag(schedule=[Dataset("s3://ml/features")], start_date=START, tags=["ml"], default_args=DEFAULTS)
def score_model(*, threshold=Param("high", type="number")):
    pass


score_model()
