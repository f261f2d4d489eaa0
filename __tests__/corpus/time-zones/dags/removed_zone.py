"""A zone name the IANA database dropped in 2020 (US/Pacific-New): Node's ICU still knows it, the runtime's pendulum
does not (InvalidTimezone while the file is imported)."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "removed_zone",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="US/Pacific-New"),
    default_args={"owner": "platform", "retries": 2},
    tags=["tz"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
