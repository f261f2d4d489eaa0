import pendulum
from airflow.decorators import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"))
def called_taskflow():
    @task
    def hello():
        return "hello"

    hello()


called_taskflow()
