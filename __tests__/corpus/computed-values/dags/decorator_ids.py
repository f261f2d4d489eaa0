import pendulum
from airflow.decorators import dag, task

START = pendulum.datetime(2024, 1, 1, tz="UTC")


# The first positional argument of @dag(...) is the dag_id: this DAG is orders_hourly, not pipeline.
@dag("orders_hourly", schedule="@hourly", start_date=START, catchup=False)
def pipeline():
    @task
    def extract():
        return 1

    extract()


pipeline()


# None (or "") falls back to the function's name: dag_id or f.__name__.
@dag(None, schedule=None, start_date=START)
def named_after_function():
    @task
    def noop():
        return None

    noop()


named_after_function()
