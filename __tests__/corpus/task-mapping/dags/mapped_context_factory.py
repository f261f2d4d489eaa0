"""A DAG factory called at import whose @task gets partial(ds=...): ValueError: cannot call partial() on task context
variable 'ds'."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task


def build(dag_id):
    with DAG(dag_id, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "etl", "retries": 2}, tags=["etl"], catchup=False) as built:

        @task
        def export(table, ds=None):
            print(table, ds)

        export.partial(ds="2024-01-01").expand(table=["orders", "users"])
    return built


build("mapped_context_factory")
