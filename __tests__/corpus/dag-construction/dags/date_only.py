"""A date where a datetime is needed (start_date through a module name, end_date in @dag): AttributeError."""
import datetime

from airflow.decorators import dag, task

FIRST_DAY = datetime.date(2024, 1, 1)


@dag(schedule="@daily", start_date=FIRST_DAY, default_args={"owner": "finance", "retries": 2}, tags=["finance"], catchup=False)
def ledger_close():
    @task
    def close():
        return 1

    close()


ledger_close()
