"""@continuous without max_active_runs: the image's AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG is 1, so the import works."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "continuous",
    schedule="@continuous",
    start_date=pendulum.datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2},
    tags=["settings"],
    catchup=False,
):
    EmptyOperator(task_id="noop")
