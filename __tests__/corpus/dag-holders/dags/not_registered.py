"""auto_register=False: a with block or @dag call registers nothing, only a global holds the DAG."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import dag, task
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}


@dag(schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["manual"], auto_register=False)
def manual_report():
    @task
    def render():
        return 1

    render()


manual_report()  # dropped: not found
kept_report = manual_report()

with DAG("unheld", schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["manual"], auto_register=False):
    EmptyOperator(task_id="noop")

with DAG("held", schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["manual"], auto_register=False) as held:
    EmptyOperator(task_id="noop")


def make(name):
    with DAG(name, schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["manual"], auto_register=False) as made:
        EmptyOperator(task_id="noop")
    return made


make("made_dropped")
made_kept = make("made_kept")
