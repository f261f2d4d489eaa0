"""expand() over a set: a set is no sequence, so Airflow 2.10.5 refuses it while the DAG is built (ValueError:
expand() got an unexpected type 'set')."""
from datetime import datetime

from airflow.decorators import dag, task

SHARDS = {"north", "south"}


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_set():
    @task
    def compact(shard):
        print(shard)

    compact.expand(shard=SHARDS)


mapped_set()
