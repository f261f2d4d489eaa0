"""@task functions called with arguments they do not take: Airflow 2.10.5's DecoratedOperator binds them to the
function's signature when the DAG is built (TypeError): a misspelt keyword (its parameter then missing), an extra
positional argument, a keyword-only parameter left out, through .override(...) too."""
import pendulum
from airflow.decorators import dag, task


@task
def load(table):
    print(table)


@task
def publish(report, *, channel):
    print(report, channel)


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"])
def taskflow_calls():
    load(tabel="orders")
    load("orders", "customers")
    publish("daily")
    load.override(task_id="load_refunds")()


taskflow_calls()
