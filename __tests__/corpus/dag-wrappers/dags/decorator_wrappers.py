from datetime import datetime

from airflow.decorators import dag, task


def team_dag(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    kwargs.setdefault("tags", ["team"])
    return dag(**kwargs)


def daily_dag(**kwargs):
    return dag(schedule="@daily", start_date=datetime(2024, 1, 1), **kwargs)


@team_dag(schedule="@daily", catchup=False)
def wrapped_daily():
    @task
    def hello():
        print("hi")

    hello()


wrapped_daily()


@daily_dag(dag_id="custom_id")
def wrapped_custom():
    pass


wrapped_custom()


@team_dag()
def never_called():
    pass
