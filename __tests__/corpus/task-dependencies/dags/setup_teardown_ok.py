"""Accepted: a teardown function called only through .override(task_id=...)() and then once plainly, @teardown() and
@teardown(on_failure_fail_dagrun=True), a teardown defined in an @dag function called twice, a task's own all_success
over default_args' all_done in a fail_stop DAG and a TaskGroup's default_args, an all_done task in a
with as_teardown(...) block that is not one of its first tasks, a mapped all_done task without fail_stop."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import dag, task, teardown
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import PythonOperator
from airflow.utils.task_group import TaskGroup


@teardown
def clean_up():
    return 0


@teardown()
def clean_more():
    return 0


@teardown(on_failure_fail_dagrun=True)
def clean_last():
    return 0


with DAG("teardown_copies_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    clean_up.override(task_id="clean_a")()
    clean_up.override(task_id="clean_b")()
    clean_up()
    clean_more()
    clean_last()


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
def teardown_per_dag_ok():
    @teardown
    def clean():
        return 0

    clean()


teardown_per_dag_ok()

with DAG("defaults_overridden_ok", fail_stop=True, schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2, "trigger_rule": "all_done"}, tags=["ops"], catchup=False):
    EmptyOperator(task_id="own_rule", trigger_rule="all_success")
    with TaskGroup("group", default_args={"trigger_rule": "all_success"}):
        EmptyOperator(task_id="grouped")

with DAG("teardown_context_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False):
    create = EmptyOperator(task_id="create")
    delete = EmptyOperator(task_id="delete")
    with delete.as_teardown(setups=create):
        first = EmptyOperator(task_id="first")
        later = EmptyOperator(task_id="later", trigger_rule="all_done")
        first >> later
    PythonOperator.partial(task_id="mapped", python_callable=print, trigger_rule="all_done").expand(op_args=[[1], [2]])
