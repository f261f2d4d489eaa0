"""SLAs that do not reach a mapped task: default_args' SLA turned off per mapped task (sla=None), a mapped task in
a DAG of the file without an SLA beside one with it, and an SLA of an unmapped task. Airflow 2.10.5 loads all."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator

with DAG(
    "mapped_sla_turned_off",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2, "sla": timedelta(hours=2)},
    tags=["mapping"],
    catchup=False,
):

    @task(sla=None)
    def score(shard):
        print(shard)

    score.expand(shard=[1, 2])
    BashOperator.partial(task_id="export", sla=None).expand(bash_command=["echo a", "echo b"])
    BashOperator(task_id="report", bash_command="echo report", sla=timedelta(hours=1))

with DAG(
    "mapped_sla_elsewhere",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2},
    tags=["mapping"],
    catchup=False,
):
    BashOperator.partial(task_id="fan_out").expand(bash_command=["echo a", "echo b"])
