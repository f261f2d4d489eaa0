"""A @task given trigger_rule=TriggerRule.ALWAYS by .override(...), mapped with expand_kwargs() over a list of dicts
holding another task's output: ValueError: Task-generated mapping within a task using 'expand_kwargs' is not allowed
with trigger rule 'always'."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.utils.trigger_rule import TriggerRule


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "ops", "retries": 2}, tags=["ops"], catchup=False)
def mapped_always_kwargs():
    @task
    def list_files():
        return ["a.csv", "b.csv"]

    @task
    def archive(path, bucket):
        print(path, bucket)

    files = list_files()
    archive.override(trigger_rule=TriggerRule.ALWAYS).expand_kwargs([{"path": files, "bucket": "cold"}])


mapped_always_kwargs()
