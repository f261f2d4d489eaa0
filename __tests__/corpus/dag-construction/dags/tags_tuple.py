"""tags as a tuple: TypeError on Airflow 2.10 (only a list is a list)."""
import pendulum

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args={"owner": "finance", "retries": 2}, tags=("finance",), catchup=False)
def ledger_tags_tuple():
    @task
    def step():
        return 1

    step()


ledger_tags_tuple()
