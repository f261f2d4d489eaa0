"""Runs whenever the orders asset is updated (healthy, asset-scheduled)."""
import pendulum

from airflow.sdk import Asset, dag, task


@dag(schedule=[Asset("s3://warehouse/orders")], start_date=pendulum.datetime(2025, 1, 1, tz="UTC"), catchup=False,
     tags=["orders"], default_args={"owner": "commerce", "retries": 2})
def orders_rollup():
    @task
    def rollup() -> int:
        return 42

    rollup()


orders_rollup()
