"""@task.branch_python is no task decorator: TaskDecoratorCollection.__getattr__ finds no provider's either and
raises AttributeError when the decorator is applied."""
import pendulum
from airflow.decorators import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"])
def task_decorator_missing():
    @task.branch_python
    def choose():
        return "a"

    choose()


task_decorator_missing()
