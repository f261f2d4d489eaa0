"""DAGs made by a factory called in a comprehension over a literal list."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}
START = datetime(2024, 1, 1)


def entered(dag_id):
    with DAG(dag_id, schedule="@daily", start_date=START, default_args=ARGS, tags=["reports"], catchup=False) as made:
        EmptyOperator(task_id="publish")
    return made


def plain(dag_id):
    return DAG(dag_id, schedule="@daily", start_date=START, default_args=ARGS, tags=["reports"], catchup=False)


# A with block registers each DAG, though only a dict holds them.
REPORTS = {name: entered(name) for name in ["sales_report", "stock_report"]}

# Plain DAGs copied into the globals from a comprehension: each one found.
globals().update({name: plain(name) for name in ["audit_export", "audit_import"]})

# Plain DAGs only in a list: none found.
DRAFTS = [plain(name) for name in ["draft_one", "draft_two"]]
