from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


# A DAG class of the file under Airflow's name: it takes team= itself.
class DAG(DAG):
    def __init__(self, dag_id, *, team: str, **kwargs):
        kwargs.setdefault("tags", [team])
        super().__init__(dag_id, **kwargs)


with DAG("shadow_dag", team="data", start_date=datetime(2024, 1, 1), schedule=None, default_args={"owner": "team", "retries": 2}):
    EmptyOperator(task_id="start")
