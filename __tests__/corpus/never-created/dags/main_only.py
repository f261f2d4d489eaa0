from datetime import datetime

from airflow.decorators import dag
from airflow.models import Variable


@dag(schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2})
def debug_only():
    pass


if __name__ == "__main__":
    # Local debugging: never runs when Airflow imports the file.
    import corpus_local_debugger  # noqa: F401

    Variable.get("debug_key")
    debug_only().test()
