from datetime import datetime

from airflow.decorators import dag


def team_dag(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return dag(**kwargs)


@team_dag(scheduel="@daily")
def misspelt():
    pass


misspelt()
