"""A factory whose parameter shares its name with a module-level dict: the start_date comes with the call."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

default_args = {"owner": "billing", "retries": 2}


def billing_dag(dag_id, default_args):
    with DAG(dag_id, schedule="@daily", catchup=False, default_args=default_args, tags=["billing"]) as built:
        EmptyOperator(task_id="run")
    return built


tax_report = billing_dag("tax_report", {**default_args, "start_date": pendulum.datetime(2024, 5, 1, tz="UTC")})
