"""Required Params on dataset-scheduled DAGs (a condition, one dataset, an empty list): each import fails."""
import pendulum
from airflow import DAG, Dataset
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

ORDERS = Dataset("s3://lake/orders")
PAYMENTS = Dataset("s3://lake/payments")
START = pendulum.datetime(2024, 1, 1, tz="UTC")
DEFAULTS = {"owner": "finance", "retries": 2}

with DAG("dataset_condition", schedule=ORDERS & (PAYMENTS | Dataset("s3://lake/refunds")), start_date=START, tags=["finance"], default_args=DEFAULTS, params={"day": Param(type="string", format="date")}):
    EmptyOperator(task_id="join")

with DAG("dataset_single", schedule=ORDERS, start_date=START, tags=["finance"], default_args=DEFAULTS, params={"day": Param(type="string")}):
    EmptyOperator(task_id="load")
