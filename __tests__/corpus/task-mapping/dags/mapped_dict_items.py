"""expand() over a dict's .items(): a dict view is neither a sequence nor a mapping (ValueError: expand() got an
unexpected type 'dict_items')."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_dict_items():
    @task
    def sync(pair):
        print(pair)

    sync.expand(pair={"orders": "s3://a", "users": "s3://b"}.items())
    # list(...) of the same view is a list, and fine.
    sync.override(task_id="sync_list").expand(pair=list({"orders": "s3://a"}.items()))


mapped_dict_items()
