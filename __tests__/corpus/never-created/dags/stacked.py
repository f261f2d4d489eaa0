"""Decorators stacked on @dag: one written above it gets the @dag function as a value; one below it does not."""

import functools

import pendulum
from airflow.decorators import dag, task

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "growth", "retries": 2}
BUILDERS = []


def register(fn):
    BUILDERS.append(fn)
    return fn


def build_now(fn):
    fn()
    return fn


def unchanged(fn):
    """Hands the function back untouched."""
    return fn


# Registered, then called by the loop below: created.
@register
@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def stacked_sales():
    @task
    def run():
        return 1

    run()


# The decorator calls it itself: created.
@build_now
@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def stacked_finance():
    pass


# Below @dag, register keeps the plain function: the loop's call makes no DAG and nothing calls the DAG function.
@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
@register
def registered_below():
    pass


# A decorator that only returns its argument hands it to no one: never created.
@unchanged
@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def unchanged_uncalled():
    pass


# A standard-library wrapper: never created unless its name is called.
@functools.lru_cache(maxsize=None)
@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def cached_uncalled():
    pass


@unchanged
@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def unchanged_called():
    pass


unchanged_called()

for build in BUILDERS:
    build()
