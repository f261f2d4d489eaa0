"""Every DAG argument from a module-level dict: DAG(**SETTINGS); a factory splatting its own settings too."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

SETTINGS = dict(
    dag_id="inventory_sync",
    schedule="10 * * * *",
    start_date=pendulum.datetime(2024, 5, 1, tz="UTC"),
    catchup=False,
    default_args={"owner": "stock", "retries": 2},
    tags=["stock"],
)

with DAG(**SETTINGS):
    EmptyOperator(task_id="sync")

SHARED = {
    "schedule": "@daily",
    "start_date": pendulum.datetime(2024, 5, 1, tz="UTC"),
    "catchup": False,
    "default_args": {"owner": "stock", "retries": 2},
    "tags": ["stock"],
}


def stock_report(region):
    with DAG(f"stock_report_{region}", **SHARED) as report:
        EmptyOperator(task_id="report")
    return report


north = stock_report("north")
south = stock_report(region="south")

with DAG(**{"dag_id": "inventory_audit", "schedule": "@weekly", "start_date": pendulum.datetime(2024, 5, 1, tz="UTC"), "default_args": {"owner": "stock", "retries": 2}, "tags": ["stock"]}):
    EmptyOperator(task_id="audit")
