"""A plain DAG() only a task's or a group's `dag=` holds: no module global does, DagBag does not find it."""

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

START = pendulum.datetime(2024, 1, 1)
OPS = {"start_date": START, "schedule": None, "default_args": {"owner": "ops", "retries": 2}, "tags": ["ops"]}

# The task is a module global; its DAG is not.
only = EmptyOperator(task_id="only", dag=DAG("held_by_task", **OPS))

with DAG("task_argument_outer", **OPS) as outer:
    EmptyOperator(task_id="begin")
    with TaskGroup("side", dag=DAG("held_by_group", **OPS)):
        pass
    EmptyOperator(task_id="elsewhere", dag=DAG("held_by_dropped_task", **OPS))


def keep(dag):
    return dag


# A function of the file called with `dag=` hands it back into a global: found.
kept = keep(dag=DAG("handed_back", **OPS))
