from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator


class PipelineFactory:
    def __init__(self, team):
        self.team = team

    def build(self, name, schedule):
        dag = DAG(f"{self.team}_{name}", start_date=datetime(2024, 1, 1), schedule=schedule, catchup=False)
        with dag:
            BashOperator(task_id="run", bash_command=f"echo {name}")
        return dag


f = PipelineFactory("finance")
daily = f.build("daily", "@daily")
monthly = f.build("monthly", "0 0 1 * *")
broken = f.build("broken", "0 0 32 * *")
