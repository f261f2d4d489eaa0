from datetime import datetime
from airflow.decorators import dag, task


def team_dag(**kwargs):
    kwargs.setdefault("tags", ["team"])
    return dag(start_date=datetime(2024, 1, 1), catchup=False, **kwargs)


@team_dag(schedule="@daily", start_date=datetime(2023, 1, 1))
def backfill_dag():
    @task
    def t():
        pass
    t()


backfill_dag()
