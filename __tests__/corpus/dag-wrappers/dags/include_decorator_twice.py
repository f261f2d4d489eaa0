"""An airflow DAG file using a decorator wrapper from include/ that writes schedule= itself."""
from include.dag_defaults import nightly_fixed_dag


@nightly_fixed_dag(schedule="@hourly", catchup=False)
def inc_twice():
    pass


inc_twice()
