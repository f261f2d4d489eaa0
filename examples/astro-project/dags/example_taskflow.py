"""TaskFlow pipeline with dynamic task mapping (healthy)."""
import pendulum

from airflow.decorators import dag, task


@dag(
    schedule="0 6 * * 1-5",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["finance"],
    default_args={"owner": "finance-analytics", "retries": 3},
)
def invoice_rollup():
    @task
    def list_regions() -> list[str]:
        return ["emea", "amer", "apac"]

    @task
    def total_for(region: str) -> float:
        return {"emea": 10.0, "amer": 20.0, "apac": 5.0}[region]

    @task
    def report(totals: list[float]) -> None:
        print(f"total invoiced: {sum(totals)}")

    report(total_for.expand(region=list_regions()))


invoice_rollup()
