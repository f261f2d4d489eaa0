from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

# Binds BashOperator again, to the team's class taking env_name=.
from include.star_operators import *

with DAG("star_rebind", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):
    BashOperator(task_id="deploy", env_name="prod")
