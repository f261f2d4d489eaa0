"""A tag that is no string: DAG() takes len() of every tag, so importing fails with TypeError: object of type 'int'
has no len()."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_tag_year",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    tags=["finance", 2024],
    catchup=False,
):
    EmptyOperator(task_id="tagged")
