"""The operator reached through its module, misspelt: the module imports, the attribute lookup at module level fails."""
from datetime import datetime

import airflow.operators.bash
from airflow import DAG

with DAG("module_attribute", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    airflow.operators.bash.BashOperater(task_id="hello", bash_command="echo hello")
