"""Names a function binds itself shadow the module's constants of that name (a second tester's false errors): a for
loop's variable and a name assigned inside an if block are the function's own, so the ids differ and DagBag loads it."""
from datetime import datetime

from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

ARGS = {"owner": "platform", "retries": 2}
TID = "t"
GID = "a"


@dag(dag_id="local_shadows_constant", schedule=None, start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["ids"])
def local_shadows_constant():
    for TID in ["one", "two"]:
        EmptyOperator(task_id=TID)
    with TaskGroup("a"):
        EmptyOperator(task_id="x")
    if True:
        GID = "b"
    with TaskGroup(GID):
        EmptyOperator(task_id="x")


local_shadows_constant()
