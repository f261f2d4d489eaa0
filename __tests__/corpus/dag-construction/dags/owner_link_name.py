"""owner_links maps an owner to a URL or a mailto: link; a bare name fails: AirflowException: Wrong link format was
used for the owner."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_owner_link",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2},
    owner_links={"finance": "finance-team"},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="linked")
