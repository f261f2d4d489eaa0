from datetime import datetime

from airflow.decorators import dag, task

# A parameter's default is evaluated when its `def` runs: here, when the DAG function runs at import. MAX_ROWS is
# bound only below the call, so importing the file fails with NameError.


@dag(start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})
def defaults_evaluated():
    @task
    def load(limit=MAX_ROWS):
        return limit

    load()


defaults_evaluated()

MAX_ROWS = 100
