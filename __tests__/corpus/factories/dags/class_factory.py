from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


class PipelineBuilder:
    """Builds the team's DAGs; each build() creates one."""

    def __init__(self, team):
        self.team = team

    def build(self, name, schedule="@daily"):
        with DAG(f"{name}_pipeline", schedule=schedule, start_date=datetime(2024, 1, 1), tags=["built"], default_args={"owner": "data", "retries": 2}, catchup=False) as built:
            EmptyOperator(task_id="start")
        return built

    def unused(self):
        with DAG("never_built_by_class", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["built"], default_args={"owner": "data", "retries": 2}):
            pass


builder = PipelineBuilder("sales")
builder.build("sales")
PipelineBuilder("ops").build("ops", schedule="@hourly")
