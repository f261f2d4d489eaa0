"""Functions module code calls before a name is bound, where no NameError follows: the name is bound before the call,
read only in a branch, a lambda, a conditional expression, a nested task or a generator, declared global by a function
called first, a parameter or local, a builtin the module rebinds later, or the call is under __main__ or in a try."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.operators.empty import EmptyOperator

OWNER = "data"


def settings():
    return {"owner": OWNER, "retries": 2}


def branchy(flag):
    if flag:
        return LATER
    return "branchy"


def lazy():
    pick = lambda: LATER  # noqa: E731
    return "lazy" if pick else LATER


def chosen(flag=False):
    return LATER if flag else "chosen"


def with_task():
    @task
    def later_task():
        return LATER

    return "with_task"


def generated():
    yield LATER


def configure():
    global CONFIGURED
    CONFIGURED = "yes"


def reads_configured():
    return CONFIGURED


def local_only(LATER="param"):
    return LATER


def builtin_rebound():
    return list("ab")


configure()
ids = [branchy(False), lazy(), chosen(), with_task(), reads_configured(), local_only(), "".join(builtin_rebound())]
gen = generated()
try:
    failing = branchy(True)
except NameError:
    failing = None

with DAG("called_in_time", schedule=None, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args=settings()):
    EmptyOperator(task_id="start")

LATER = "later"
CONFIGURED = "again"
list = list  # noqa: A001

if __name__ == "__main__":
    branchy(True)
