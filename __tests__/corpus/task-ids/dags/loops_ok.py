"""Loops that add each key once: a condition on the loop variable, a handler that catches the clash, a flag that is
False, a module constant of one item, a group_id from the loop variable around a static task_id, a group that does not
prefix around an id from the loop variable, a set or dict literal whose keys are all equal (one pass)."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
from airflow.exceptions import AirflowException

REGIONS = ["emea", "apac"]
ONLY = ["emea"]
LEGACY = False

with DAG("regions_loops_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["regions"], catchup=False):
    for region in REGIONS:
        if region == "emea":
            EmptyOperator(task_id="emea_only")
    for region in REGIONS:
        try:
            EmptyOperator(task_id="best_effort")
        except AirflowException:
            pass
    for region in REGIONS:
        if LEGACY:
            EmptyOperator(task_id="legacy_sync")
    for region in ONLY:
        EmptyOperator(task_id="single_region")
    for region in REGIONS:
        with TaskGroup(f"load_{region}"):
            EmptyOperator(task_id="copy")
    for region in REGIONS:
        with TaskGroup(f"push_{region}", prefix_group_id=False):
            EmptyOperator(task_id=f"push_{region}_files")
    for region in {"emea", "emea"}:
        EmptyOperator(task_id="set_once")
    for region, owner in {"emea": "ops", "emea": "dw"}.items():
        EmptyOperator(task_id="dict_once")
