"""A @task given a task_id with a space, called in the DAG: BaseOperator's validate_key refuses it when the task is made."""
import pendulum
from airflow.decorators import dag, task

ARGS = {"owner": "analytics", "retries": 2}


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args=ARGS, tags=["orders"], catchup=False)
def orders_rollup():
    @task(task_id="sum orders")
    def total():
        return 1

    total()


orders_rollup()
