"""Forms next to the TaskFlow import errors that Airflow 2.10.5 accepts: none is reported."""
from datetime import datetime

from airflow.decorators import dag, task, task_group
from airflow.operators.bash import BashOperator
from airflow.utils.trigger_rule import TriggerRule

ARGS = {"owner": "platform", "retries": 2}


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["mapping"], catchup=False)
def mapping_context_ok():
    # A context key with the default None, one without a default, and another parameter with a default.
    @task
    def report(table, ds=None):
        print(table, ds)

    @task
    def audit(table, ti):
        print(table, ti)

    @task
    def export(table, fmt="csv"):
        print(table, fmt)

    report("orders")
    audit("orders")
    export("orders")

    # A context key with another default is refused only when the task is made: not when mapped, not when never called.
    @task
    def load(table, ds="2024-01-01"):
        print(table, ds)

    load.expand(table=["orders", "users"])

    @task
    def never_called(table, ts=0):
        print(table, ts)

    # @task.sensor makes a PythonSensor, which does not check the signature.
    @task.sensor(poke_interval=60, timeout=600)
    def wait_for(table, ds="2024-01-01"):
        return bool(table)

    wait_for("orders")

    @task
    def tables():
        return ["orders", "users"]

    # trigger_rule "always" mapped over a literal list, over a task's whole output by expand_kwargs, set back by
    # override, or given only through default_args; partial() of a task's output.
    @task(trigger_rule="always")
    def clean(table):
        print(table)

    clean.expand(table=["orders", "users"])

    @task
    def pairs():
        return [{"table": "orders"}]

    clean.override(task_id="clean_pairs").expand_kwargs(pairs())
    clean.override(task_id="clean_done", trigger_rule=TriggerRule.ALL_DONE).expand(table=tables())

    @task(default_args={"trigger_rule": "always"})
    def purge(table):
        print(table)

    purge.expand(table=tables())

    @task(trigger_rule="always")
    def notify(table, channel):
        print(table, channel)

    notify.partial(channel=tables()).expand(table=["orders"])

    # A classic operator has no trigger_rule check; expand_kwargs may name a context key; a task group may map one.
    BashOperator.partial(task_id="echo", trigger_rule="always").expand(bash_command=tables())
    report.override(task_id="report_kwargs").expand_kwargs([{"table": "orders", "ds": "2024-01-01"}])

    @task_group
    def per_table(table, params):
        export.override(task_id="export_in_group")(table)

    per_table.partial(table="orders").expand(params=[{"a": 1}, {"a": 2}])


def never_run():
    # Not called: its expand() calls never run.
    @task
    def step(x):
        print(x)

    step.expand()
    step.expand(params=[{}])


mapping_context_ok()
