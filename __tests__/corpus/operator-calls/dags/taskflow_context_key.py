"""A @task function whose first parameter is named like an Airflow context key (conn) and has no default, before one
without a default: DecoratedOperator gives context keys the default None, which leaves no valid signature
(Airflow 2.10.5: ValueError when the task is made). The same names after the others, or with defaults, are fine."""
import pendulum
from airflow.decorators import dag, task


@task
def run_query(conn, sql):
    print(conn, sql)


@task
def run_report(sql, conn):
    print(sql, conn)


@task
def run_export(conn, sql="select 1"):
    print(conn, sql)


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"])
def taskflow_context_key():
    run_report("select 1", "warehouse")
    run_export("warehouse")
    run_query("warehouse", "select 1")


taskflow_context_key()
