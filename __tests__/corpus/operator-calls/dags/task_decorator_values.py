"""Values BaseOperator (or the sensor) refuses, given by @task.<kind>(...): judged when the function is called."""
import pendulum
from airflow import DAG
from airflow.decorators import task

with DAG("task_decorator_values", schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):

    @task(trigger_rule="all_sucess")
    def extract():
        return 1

    @task.bash(execution_timeout=600)
    def archive():
        return "echo done"

    @task.sensor(mode="resched")
    def wait_for_file():
        return True

    @task.short_circuit(pool_slots=0)
    def is_weekday():
        return True

    wait_for_file() >> is_weekday() >> extract() >> archive()
