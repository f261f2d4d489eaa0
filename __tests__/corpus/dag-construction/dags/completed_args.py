"""default_args completed after its literal (item assignment, update(), |=): the start_date is there, no error."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

base_args = {"retries": 2}
base_args["owner"] = "treasury"
base_args["start_date"] = pendulum.datetime(2024, 5, 1, tz="UTC")

with DAG("cash_sweep", schedule="@daily", catchup=False, default_args=base_args, tags=["treasury"]):
    EmptyOperator(task_id="sweep")

sweep_args = {"owner": "treasury"}
sweep_args.update({"retries": 3, "start_date": pendulum.datetime(2024, 5, 1, tz="UTC")})

with DAG("cash_forecast", schedule="@daily", catchup=False, default_args=sweep_args, tags=["treasury"]):
    EmptyOperator(task_id="forecast")

late_args = {"owner": "treasury", "retries": 1}
late_args |= {"retries": 4, "start_date": pendulum.datetime(2024, 5, 1, tz="UTC")}

with DAG("cash_close", schedule="@daily", catchup=False, default_args=late_args, tags=["treasury"]):
    EmptyOperator(task_id="close")
