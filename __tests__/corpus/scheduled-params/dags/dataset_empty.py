"""An empty dataset list still makes a DatasetTriggeredTimetable, which can be scheduled: a required Param fails."""
import pendulum
from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG("dataset_empty", schedule=[], start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), tags=["finance"], default_args={"owner": "finance", "retries": 2}, params={"day": Param(type="string")}):
    EmptyOperator(task_id="load")
