from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.plain_dag import PlainerDag


class LocalPlainDag(DAG):
    pass


# Two levels without __init__ in include/: the misspelt keyword reaches DAG.__init__().
with PlainerDag("plainer_typo", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}, shedule="@hourly"):
    EmptyOperator(task_id="start")

with LocalPlainDag("local_plain_typo", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}, catchpu=False):
    EmptyOperator(task_id="start")
