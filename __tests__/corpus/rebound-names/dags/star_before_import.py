from datetime import datetime

from include.star_operators import *

from airflow import DAG
# Imported after the star import: Airflow's own class, which refuses env_name=.
from airflow.operators.bash import BashOperator

with DAG("star_before_import", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):
    BashOperator(task_id="deploy", bash_command="run.sh", env_name="prod")
