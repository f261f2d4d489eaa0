"""None among the tags of a module list: TypeError: object of type 'NoneType' has no len()."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

TAGS = ["finance", None]

with DAG(
    "ledger_tag_none",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=TAGS,
    catchup=False,
):
    EmptyOperator(task_id="tagged")
