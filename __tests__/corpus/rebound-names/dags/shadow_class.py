from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import PythonOperator


# Each class takes the name of the core operator it extends: from here on the name is this class.
class BashOperator(BashOperator):
    def __init__(self, *, team: str, **kwargs):
        kwargs.setdefault("bash_command", f"echo {team}")
        super().__init__(**kwargs)


class PythonOperator(PythonOperator):
    def __init__(self, task_id, python_callable=print, **kwargs):
        super().__init__(task_id=task_id, python_callable=python_callable, **kwargs)


with DAG("shadow_class", start_date=datetime(2024, 1, 1), schedule=None, tags=["team"], default_args={"owner": "team", "retries": 2}):
    BashOperator(task_id="bash", team="data") >> PythonOperator(task_id="python") >> EmptyOperator(task_id="done")
