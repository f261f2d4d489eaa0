from datetime import datetime

from airflow.decorators import dag


def sched_dag(sched, **kwargs):
    return dag(schedule=sched, start_date=datetime(2024, 1, 1), **kwargs)


def fixed_dag(**kwargs):
    kwargs["schedule"] = "@daily"
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return dag(**kwargs)


def lenient_dag(**kwargs):
    kwargs.pop("team", None)
    return dag(start_date=datetime(2024, 1, 1), **kwargs)


def named_dag(**kwargs):
    kwargs.setdefault("dag_id", "named_by_wrapper")
    return dag(schedule=None, start_date=datetime(2024, 1, 1), **kwargs)


@sched_dag("@daily")
def by_position():
    pass


by_position()


@sched_dag(sched="@hourly")
def by_name():
    pass


by_name()


@fixed_dag(schedule="not a cron")
def overridden():
    pass


overridden()


@lenient_dag(team="data", schedule=None)
def popped():
    pass


popped()


@named_dag()
def renamed():
    pass


renamed()
