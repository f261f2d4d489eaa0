"""@dag functions whose name is also read without calling them: an attribute (`__doc__`), `callable()`, a list beside
a direct call. The first three are called once at module level and make one DAG each (DagBag 2.10.5 lists one,
without an error); two are only looked at, never called (dag-never-created)."""
import pendulum
from airflow.decorators import dag, task

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "growth", "retries": 2}


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def docs_refresh():
    """Refreshes the docs."""

    @task
    def refresh():
        return 1

    refresh()


docs_refresh_dag = docs_refresh()
DESCRIPTION = docs_refresh.__doc__


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def checked_refresh():
    @task
    def refresh():
        return 1

    refresh()


assert callable(checked_refresh)
checked_refresh()


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def listed_refresh():
    @task
    def refresh():
        return 1

    refresh()


ALL_PIPELINES = [listed_refresh]
listed_refresh_dag = listed_refresh()


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def only_named():
    @task
    def refresh():
        return 1

    refresh()


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def only_checked():
    @task
    def refresh():
        return 1

    refresh()


# Looked at, never called: no DAG (dag-never-created).
PIPELINE_NAME = only_named.__name__
assert callable(only_checked)
print(only_checked is not None)
