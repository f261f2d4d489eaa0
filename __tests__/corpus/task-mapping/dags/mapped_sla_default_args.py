"""A mapped operator in a DAG whose default_args give an SLA: every task gets it, the mapped one too, and Airflow
2.10.5 refuses it (AirflowException: SLAs are unsupported with mapped tasks)."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    "mapped_sla_default_args",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    default_args={"owner": "platform", "retries": 2, "sla": timedelta(hours=2)},
    tags=["mapping"],
    catchup=False,
):
    BashOperator(task_id="prepare", bash_command="echo prepare")
    BashOperator.partial(task_id="export").expand(bash_command=["echo a", "echo b"])
