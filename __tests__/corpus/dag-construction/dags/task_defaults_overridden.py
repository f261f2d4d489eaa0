"""default_args values every task would fail on, but every task sets its own: nothing fails, and DagBag loads the DAGs."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG(
    "defaults_overridden",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2, "execution_timeout": 3600, "trigger_rule": "all_sucess"},
    tags=["defaults"],
    catchup=False,
):
    EmptyOperator(task_id="a", execution_timeout=timedelta(hours=1), trigger_rule="all_success")

    @task(execution_timeout=timedelta(minutes=5), trigger_rule="all_done")
    def b():
        return 1

    b()

with DAG(
    "defaults_from_group",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2, "retry_delay": "5m"},
    tags=["defaults"],
    catchup=False,
):
    with TaskGroup("g", default_args={"retry_delay": timedelta(minutes=5)}):
        BashOperator(task_id="c", bash_command="true")
