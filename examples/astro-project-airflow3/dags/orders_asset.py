"""Publishes the orders asset every morning (healthy)."""
import pendulum

from airflow.sdk import Asset, dag, task

orders = Asset("s3://warehouse/orders")


@dag(schedule="0 5 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"), catchup=False, tags=["orders"],
     default_args={"owner": "commerce", "retries": 2})
def publish_orders():
    @task(outlets=[orders])
    def export() -> None:
        print("exported")

    export()


publish_orders()
