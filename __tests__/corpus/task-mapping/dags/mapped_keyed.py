"""expand() over one key of a task's output: Airflow 2.10.5 refuses to map over an XCom with a custom key (ValueError
while the DAG is built)."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_keyed():
    @task(multiple_outputs=True)
    def listing():
        return {"files": ["a.csv", "b.csv"]}

    @task
    def load(path):
        print(path)

    load.expand(path=listing()["files"])


mapped_keyed()
