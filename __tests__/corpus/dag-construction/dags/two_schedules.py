"""schedule= and the deprecated schedule_interval= both set: DAG() refuses."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "churn_scores",
    schedule="@daily",
    schedule_interval="0 4 * * *",
    start_date=pendulum.datetime(2024, 5, 1, tz="UTC"),
    catchup=False,
    default_args={"owner": "crm", "retries": 2},
    tags=["crm"],
):
    EmptyOperator(task_id="score")
