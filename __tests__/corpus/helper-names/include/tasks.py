"""TaskFlow tasks shared by DAG files."""
from airflow.decorators import task


@task
def shared_load(table: str, schema: str = "raw"):
    return f"{schema}.{table}"


@task
def shared_report(*, table: str, ds=None):
    return f"{table} {ds}"
