from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator


# Under Airflow's name, but without an __init__: DAG.__init__() still refuses team= (TypeError).
class DAG(DAG):
    pass


class BashOperator(BashOperator):
    def __init__(self, *, script: str, **kwargs):
        super().__init__(bash_command=f"bash /scripts/{script} ", **kwargs)


with DAG("shadow_plain_dag", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}, team="data"):
    BashOperator(task_id="run", script="run.sh")
    # EmptyOperator is not bound again: its misspelt keyword is still Airflow's error.
    EmptyOperator(task_id="done", retires=2)
