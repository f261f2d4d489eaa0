"""A date (no time) as default_args start_date: DAG() parses it as a string, TypeError: expected string or bytes-like
object."""
import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", default_args={"owner": "finance", "retries": 2, "start_date": datetime.date(2024, 1, 1)}, tags=["finance"], catchup=False)
def ledger_default_day():
    @task
    def step():
        return 1

    step()


ledger_default_day()
