"""max_consecutive_failed_dag_runs=-1: AirflowException: Invalid max_consecutive_failed_dag_runs: -1.Requires
max_consecutive_failed_dag_runs >= 0."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_failed_runs_negative",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    max_consecutive_failed_dag_runs=-1,
    default_args={"owner": "finance", "retries": 2},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="counted")
