"""Written for Airflow 3's Task SDK but deployed on an Airflow 2 runtime: airflow.sdk does not exist there."""
import pendulum
from airflow.sdk import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), catchup=False, default_args={"owner": "ingest", "retries": 2}, tags=["ingest"])
def sdk_style():
    @task
    def hello():
        return "hi"

    hello()


sdk_style()
