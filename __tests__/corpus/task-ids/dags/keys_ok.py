"""Keys that do not clash: the same task_id in a DAG of its own (dag=), in groups that prefix, a task_id that only
looks like a group key, a group_id reused under another parent, one group per if/else branch, groups that add a suffix on
a clash, a @task_group called twice, a nested group before a root group of the same group_id (the nested one's key is
prefixed), a TaskGroup entered twice with other task_ids, a long key under 250 characters."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
from airflow.decorators import task_group

LOUD = False

side = DAG("keys_side", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["keys"], catchup=False)

with DAG("keys_main", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["keys"], catchup=False):
    EmptyOperator(task_id="publish")
    EmptyOperator(task_id="publish", dag=side)
    EmptyOperator(task_id="marts_build")
    with TaskGroup("marts"):
        EmptyOperator(task_id="build")
        with TaskGroup("checks"):
            EmptyOperator(task_id="build")
    with TaskGroup("staging"):
        with TaskGroup("checks"):
            EmptyOperator(task_id="build")
    if LOUD:
        with TaskGroup("notify"):
            EmptyOperator(task_id="page")
    else:
        with TaskGroup("notify"):
            EmptyOperator(task_id="email")
    with TaskGroup("retry", add_suffix_on_collision=True):
        EmptyOperator(task_id="once")
    with TaskGroup("retry", add_suffix_on_collision=True):
        EmptyOperator(task_id="once")
    render = TaskGroup("render")
    with render:
        EmptyOperator(task_id="pdf")
    with render:
        EmptyOperator(task_id="html")

    @task_group(group_id="cleanup")
    def cleanup():
        EmptyOperator(task_id="vacuum")

    cleanup()
    cleanup()

    with TaskGroup("archive"):
        with TaskGroup("cold"):
            EmptyOperator(task_id="move")
    with TaskGroup("cold"):
        EmptyOperator(task_id="move")

    with TaskGroup("customer_lifetime_value_customer_lifetime_value"):
        EmptyOperator(task_id="recompute_segment_scores_recompute_segment_scores_recompute_segment_scores_recompute_segment_scores_recompute_segment_scores")

with DAG("keys_as", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["keys"], catchup=False) as dag:
    with TaskGroup("contacts"):
        EmptyOperator(task_id="upsert", dag=dag)
    with TaskGroup("accounts"):
        EmptyOperator(task_id="upsert", dag=dag)
