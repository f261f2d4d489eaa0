"""A static group_id nested in a group whose group_id changes per loop pass (an f-string over the loop variable): each
pass's inner group has another prefixed id ('region_emea.quality', 'region_amer.quality') and another parent, and its
group_id as written ('quality') is no id used yet, so DagBag loads the file (a tester's false error)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}

with DAG("regional_quality", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["quality"], catchup=False):
    for region in ["emea", "amer"]:
        with TaskGroup(f"region_{region}"):
            with TaskGroup("quality"):
                EmptyOperator(task_id="check")
                with TaskGroup("deep"):
                    EmptyOperator(task_id="probe")
