"""Near misses that Airflow 2.10 still imports: deprecated modules and names, lazy names of airflow and airflow.models,
submodules, a name through a module attribute, a provider's operator."""
from datetime import datetime

import airflow.utils.dates
from airflow import DAG, Dataset
from airflow.models import Variable
from airflow.operators import bash
from airflow.operators.bash_operator import BashOperator
from airflow.operators.dummy import DummyOperator
from airflow.operators.dummy_operator import DummyOperator as OldDummy
from airflow.providers.common.io.operators.file_transfer import FileTransferOperator
from airflow.utils import timezone

REPORTS = Dataset("s3://reports/daily.csv")
WEEK_AGO = airflow.utils.dates.days_ago(7)
WHEN = timezone.datetime(2024, 1, 1)


def read_setting():
    return Variable.get("setting", default_var="x")


with DAG("still_importable", schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2}):
    start = DummyOperator(task_id="start")
    old = OldDummy(task_id="old")
    run = BashOperator(task_id="run", bash_command="echo run", outlets=[REPORTS])
    again = bash.BashOperator(task_id="again", bash_command="echo again")
    copy = FileTransferOperator(task_id="copy", src="/tmp/a", dst="/tmp/b")
    start >> old >> run >> again >> copy
