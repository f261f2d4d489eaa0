"""default_args with a shorthand retry_delay ("5m") that a helper turns into a timedelta in place before the DAG is
made: Airflow 2.10.5 loads it, so no error (the dict handed to a call whose result is dropped is unknown). The same
shorthand only printed and handed on as default_args= stays an error."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

from include.defaults import normalize

team_args = {"owner": "treasury", "retries": 2, "retry_delay": "5m"}
normalize(team_args)

with DAG("fixed_by_helper", schedule="@daily", start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), catchup=False, default_args=team_args, tags=["treasury"]):
    EmptyOperator(task_id="close")
