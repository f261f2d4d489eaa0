"""Mapping forms Airflow 2.10.5 accepts: none is reported."""
from datetime import datetime
from types import SimpleNamespace

from airflow import DAG
from airflow.decorators import dag, task, task_group
from airflow.operators.bash import BashOperator

ARGS = {"owner": "platform", "retries": 2}


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["mapping"], catchup=False)
def mapping_forms_ok():
    @task
    def export(table, fmt):
        print(table, fmt)

    # A list of dicts, a tuple of them, and an empty string (no item to refuse).
    export.expand_kwargs([{"table": "orders", "fmt": "csv"}, {"table": "users", "fmt": "json"}])
    export.override(task_id="export_tuple").expand_kwargs(({"table": "orders", "fmt": "csv"},))

    @task
    def pairs():
        return [{"table": "a", "fmt": "csv"}]

    export.override(task_id="export_pairs").expand_kwargs(pairs())

    # partial() with the function's own argument.
    export.override(task_id="export_partial").partial(fmt="csv").expand(table=["orders", "users"])

    # A function taking **kwargs: Airflow checks neither names nor types of expand()/partial() then.
    @task
    def loose(**kwargs):
        print(kwargs)

    loose.partial(anything="x").expand(values="not checked")

    # A task group mapped over a list.
    @task_group
    def per_region(region):
        @task
        def fetch(name):
            return name

        fetch(region)

    per_region.expand(region=["emea", "apac"])

    # An operator's whole output, and its "return_value" key (the same XCom).
    listing = BashOperator(task_id="listing", bash_command="ls /tmp")

    @task
    def show(line):
        print(line)

    show.expand(line=listing.output)
    show.override(task_id="show_return").expand(line=listing.output["return_value"])


mapping_forms_ok()

with DAG("mapping_output_rebound", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["mapping"], catchup=False):
    # `source_a` is bound twice: which object's .output this is is not certain, so nothing is said (here a plain
    # namespace whose output["rows"] is a list).
    source_a = BashOperator(task_id="source_a", bash_command="echo a")
    source_a = SimpleNamespace(output={"rows": [1, 2]})

    @task
    def consume(value):
        print(value)

    consume.expand(value=source_a.output["rows"])
