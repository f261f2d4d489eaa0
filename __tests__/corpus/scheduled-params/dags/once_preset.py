"""@once can be scheduled too (OnceTimetable): a required Param fails the import."""
import pendulum
from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG("once_preset", schedule="@once", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), tags=["setup"], default_args={"owner": "platform", "retries": 2}, params={"env": Param(type="string", enum=["dev", "prod"])}):
    EmptyOperator(task_id="bootstrap")
