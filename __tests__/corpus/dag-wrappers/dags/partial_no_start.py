from functools import partial

from airflow import DAG

NoStart = partial(DAG, schedule="@daily", catchup=False)

with NoStart(dag_id="partial_no_start"):
    pass
