# An Airflow DAG file: its DAGs come from include/schedule_factory.py.
from include.schedule_factory import make_dag

good = make_dag("good", "@daily")
bad = make_dag("bad", "0 0 * * 8")
