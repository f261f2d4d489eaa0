"""default_args completed through another name that points to the same dict (Python binds names, never copies): an
alias updated, a loop over a tuple holding two dicts, an item of a registry dict holding it. Airflow 2.10.5 loads all
four DAGs: the start_date is there."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

alias_base = {"owner": "treasury", "retries": 2}
args = alias_base
args.update({"start_date": pendulum.datetime(2024, 5, 1, tz="UTC")})

with DAG("alias_completed", schedule="@daily", catchup=False, default_args=alias_base, tags=["treasury"]):
    EmptyOperator(task_id="a")

SALES_ARGS = {"owner": "sales", "retries": 2}
FINANCE_ARGS = {"owner": "finance", "retries": 2}
for team_args in (SALES_ARGS, FINANCE_ARGS):
    team_args["start_date"] = pendulum.datetime(2024, 5, 1, tz="UTC")

with DAG("sales_completed", schedule="@daily", catchup=False, default_args=SALES_ARGS, tags=["sales"]):
    EmptyOperator(task_id="a")

with DAG("finance_completed", schedule="@daily", catchup=False, default_args=FINANCE_ARGS, tags=["finance"]):
    EmptyOperator(task_id="a")

REGISTRY_ARGS = {"owner": "treasury", "retries": 2}
REGISTRY = {"args": REGISTRY_ARGS}
REGISTRY["args"]["start_date"] = pendulum.datetime(2024, 5, 1, tz="UTC")

with DAG("registry_completed", schedule="@daily", catchup=False, default_args=REGISTRY_ARGS, tags=["treasury"]):
    EmptyOperator(task_id="a")
