from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def team_DAG(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return DAG(**kwargs)


with team_DAG(dag_id="with_wrapped", schedule="@daily") as entered:
    EmptyOperator(task_id="start")

assigned = team_DAG(dag_id="assigned_wrapped", schedule=None)

for region in ["emea", "apac"]:
    globals()[f"dag_{region}"] = team_DAG(dag_id=f"wrapped_{region}", schedule=None)

team_DAG(dag_id="dropped_wrapped", schedule=None)
