"""A @task whose trigger_rule is "always", mapped over another task's output: ValueError: Task-generated mapping within
a task using 'expand' is not allowed with trigger rule 'always'."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False)
def mapped_always_output():
    @task
    def list_files():
        return ["a.csv", "b.csv"]

    @task(trigger_rule="always")
    def clean_up(path):
        print(path)

    clean_up.expand(path=list_files())


mapped_always_output()
