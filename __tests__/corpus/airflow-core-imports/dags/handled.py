"""Failures the file handles or never runs at import: a guarded import with a fallback, a misspelt name under
TYPE_CHECKING, one inside a task body (a warning: it fails the task when it runs), a misspelt attribute in a try."""
from datetime import datetime
from typing import TYPE_CHECKING

import airflow.operators.bash
from airflow.decorators import dag, task

try:
    from airflow.operators.bash import BashOperatr as Runner
except ImportError:
    from airflow.operators.bash import BashOperator as Runner

if TYPE_CHECKING:
    from airflow.operators.bash import BashOperatorType  # noqa: F401

try:
    probe = airflow.operators.bash.BashOperater(task_id="probe", bash_command="true")
except AttributeError:
    probe = None


@dag(schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2})
def handled():
    @task
    def later():
        from airflow.operators.bash import BashOperatr  # noqa: F401

    later() >> Runner(task_id="run", bash_command="echo run")


handled()
