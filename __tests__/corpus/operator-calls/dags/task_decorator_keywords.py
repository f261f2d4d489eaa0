"""Keywords of @task(...) and .override(...) that the decorated operator does not take: BaseOperator refuses them
when the decorated function is called while the DAG is built (AirflowException: Invalid arguments were passed)."""
import pendulum
from airflow.decorators import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"])
def task_decorator_keywords():
    @task(retires=3)
    def extract():
        return 1

    @task
    def load(rows):
        print(rows)

    load.override(task_id="load_rows", retires=3)(extract())


task_decorator_keywords()
