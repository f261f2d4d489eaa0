import functools
from datetime import datetime
from functools import partial

from airflow import DAG


def make_defaults():
    return {"start_date": datetime(2024, 1, 1)}


TeamDAG = partial(DAG, start_date=datetime(2024, 1, 1), catchup=False)
Nightly = functools.partial(DAG, schedule="@daily", start_date=datetime(2024, 1, 1))
Common = partial(DAG, **make_defaults())

with TeamDAG(dag_id="partial_with", schedule="@daily"):
    pass

positional = TeamDAG("partial_positional", schedule=None)
nightly = Nightly(dag_id="partial_nightly")

with Common(dag_id="partial_splat", schedule="@daily"):
    pass
