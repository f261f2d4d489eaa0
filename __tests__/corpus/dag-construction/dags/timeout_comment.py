# one hour; a task can set execution_timeout=... itself
"""default_args execution_timeout in seconds (an int, not a timedelta), which every task gets: ValueError. The comment
above writes the keyword, but no task sets it."""
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("timeout_comment", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={"owner": "billing", "retries": 2, "execution_timeout": 3600}, tags=["billing"]):
    BashOperator(task_id="t", bash_command="echo")
