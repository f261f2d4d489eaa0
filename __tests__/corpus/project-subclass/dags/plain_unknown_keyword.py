from datetime import datetime

from airflow.operators.empty import EmptyOperator
from include.plain_dag import PlainDag

# PlainDag defines no __init__: DAG.__init__() refuses team= (TypeError).
with PlainDag("plain_unknown", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}, team="data"):
    EmptyOperator(task_id="start")
