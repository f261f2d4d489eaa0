import pendulum
from airflow.decorators import dag, task


# The function's parameters become the DAG's params: each call must bind them like any Python call.
@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"))
def load_source(source, full_refresh=False):
    @task
    def load(name):
        return name

    load(source)


load_source()
