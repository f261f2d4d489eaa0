"""Two DAGs sharing the module name `dag`, each entered with `with dag:`: the with block registers each one, so DagBag
loads both even though the name ends up holding only the second. A third, kept only through an alias, loads too."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

dag = DAG("entered_first", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["entered"], catchup=False)
with dag:
    EmptyOperator(task_id="a")

dag = DAG("entered_second", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["entered"], catchup=False)
with dag:
    EmptyOperator(task_id="b")

report = DAG("aliased_report", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["entered"], catchup=False)
kept_report = report
report = None
