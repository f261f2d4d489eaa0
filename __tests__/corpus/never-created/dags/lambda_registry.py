"""@dag functions called only inside lambdas kept in a registry that module code loops over and calls: DagBag makes
both DAGs; none is 'never created'."""
from datetime import datetime

from airflow.decorators import dag, task

ARGS = {"owner": "growth", "retries": 2}


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def lambda_orders(region="us"):
    @task
    def t():
        return region

    t()


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["growth"])
def lambda_users():
    @task
    def t():
        return 1

    t()


BUILDERS = {
    "orders": lambda: lambda_orders(region="eu"),
    "users": lambda: lambda_users(),
}

for name, build in BUILDERS.items():
    build()
