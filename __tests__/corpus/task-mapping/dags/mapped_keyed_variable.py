"""expand() over one key of a @task's output kept in a variable first: Airflow 2.10.5 refuses it as it does
listing()["files"] (ValueError: cannot map over XCom with custom key)."""
from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_keyed_variable():
    @task(multiple_outputs=True)
    def listing():
        return {"files": ["a", "b"], "count": 2}

    @task
    def process(path):
        print(path)

    out = listing()
    process.expand(path=out["files"])


mapped_keyed_variable()
