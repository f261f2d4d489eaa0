"""Near miss beside factory_branches.py: a factory that builds its DAG in one of two branches, called twice with one
dag_id (directly, and in two passes of a loop), makes two DAGs that clash (DagBag keeps one of them silently)."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 6, 1, tz="UTC")
ARGS = {"owner": "ingest", "retries": 2}


def build_sync(dag_id, hourly=False):
    if hourly:
        with DAG(dag_id, schedule="@hourly", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"]) as built:
            EmptyOperator(task_id="pull")
    else:
        with DAG(dag_id, schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["ingest"]) as built:
            EmptyOperator(task_id="pull")
    return built


# Near miss: two calls make two DAGs with one dag_id (DagBag keeps one of them).
stock_sync = build_sync("stock_sync")
stock_sync_hourly = build_sync("stock_sync", hourly=True)

# Near miss: each pass of a loop is a call of its own; two passes make two DAGs with one dag_id.
for audit_name, audit_hourly in [("audit_sync", False), ("audit_sync", True)]:
    globals()[f"audit_{audit_hourly}"] = build_sync(audit_name, hourly=audit_hourly)
