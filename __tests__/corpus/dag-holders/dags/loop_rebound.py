"""Plain DAGs made on each pass of a module-level loop and bound to one name: which of them DagBag finds."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
START = datetime(2024, 1, 1)

# Each pass binds `dag` again: only the last DAG is left in a module global.
for region in ["north", "south"]:
    dag = DAG(f"nightly_{region}", schedule="@daily", start_date=START, default_args=ARGS, tags=["loops"], catchup=False)
    EmptyOperator(task_id="load", dag=dag)

# Entered with `with`: the block registers every pass's DAG.
for region in ["east", "west"]:
    hourly = DAG(f"hourly_{region}", schedule="@hourly", start_date=START, default_args=ARGS, tags=["loops"], catchup=False)
    with hourly:
        EmptyOperator(task_id="load")

# Copied into the globals under the loop variable, or under the DAG's own id: every pass's DAG is a global.
for team in ["ops_weekly", "sales_weekly"]:
    weekly = DAG(team, schedule="@weekly", start_date=START, default_args=ARGS, tags=["loops"], catchup=False)
    globals()[team] = weekly
for team in ["ops_monthly", "sales_monthly"]:
    monthly = DAG(team, schedule="@monthly", start_date=START, default_args=ARGS, tags=["loops"], catchup=False)
    globals()[monthly.dag_id] = monthly

# Bound again after the loop: none is left.
for team in ["ops_scratch", "sales_scratch"]:
    scratch = DAG(team, schedule=None, start_date=START, default_args=ARGS, tags=["loops"], catchup=False)
scratch = None


def build(name):
    return DAG(f"built_{name}", schedule="@daily", start_date=START, default_args=ARGS, tags=["loops"], catchup=False)


# A factory's plain DAG bound to one name on each pass: the last one only.
for name in ["alpha", "beta"]:
    latest = build(name)
