import pendulum
from airflow.decorators import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"))
def load_crm(source, full_refresh=False):
    @task
    def load(name):
        return name

    load(source)


load_crm("crm", full_refresh=True)
