"""Team defaults for DAGs: a class wrapper and decorator wrappers DAG files import."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import dag


def team_DAG(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return DAG(**kwargs)


def team_dag(**kwargs):
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    kwargs.setdefault("tags", ["data"])
    return dag(**kwargs)


def sched_dag(sched, **kwargs):
    return dag(schedule=sched, start_date=datetime(2024, 1, 1), **kwargs)


def fixed_dag(**kwargs):
    kwargs["schedule"] = "@daily"
    kwargs.setdefault("start_date", datetime(2024, 1, 1))
    return dag(**kwargs)


def named_dag(**kwargs):
    kwargs.setdefault("dag_id", "named_by_include")
    return dag(schedule=None, start_date=datetime(2024, 1, 1), **kwargs)


def retried(**options):
    def decorate(fn):
        return fn

    return decorate


def nightly_fixed_dag(**kwargs):
    return dag(schedule="@daily", start_date=datetime(2024, 1, 1), **kwargs)
