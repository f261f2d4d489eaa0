"""@task function calls whose arguments bind: context keys (ti, ds) left to Airflow, **context taking any keyword,
*args taking extra positional ones, keyword-only parameters given, defaults left out, a mapped call (expand binds
partially)."""
import pendulum
from airflow.decorators import dag, task


@task
def extract(source, ti=None, ds=None):
    print(source, ti, ds)


@task
def transform(rows, **context):
    print(rows, context)


@task
def merge(first, *others, how="outer"):
    print(first, others, how)


@task
def publish(report, *, channel):
    print(report, channel)


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"])
def taskflow_calls_ok():
    extract("crm")
    transform([1], batch="b1")
    merge("a", "b", "c")
    publish("daily", channel="#ops")
    publish.override(task_id="publish_weekly")("weekly", channel="#ops")
    extract.expand(source=["crm", "erp"])


taskflow_calls_ok()
