"""A misspelt zone kept in a module constant, loaded once for the whole file."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

LOCAL_TZ_NAME = "Asia/Kolkatta"
local_tz = pendulum.timezone(LOCAL_TZ_NAME)
ARGS = {"owner": "platform", "retries": 2, "start_date": pendulum.datetime(2024, 1, 1, tz="Asia/Kolkata")}

with DAG("local_zone", schedule="0 6 * * *", default_args=ARGS, tags=["tz"], catchup=False):
    EmptyOperator(task_id="noop")
