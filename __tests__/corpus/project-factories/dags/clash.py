"""An Airflow DAG id a factory already makes in from_include.py: a duplicate."""
from include.pipelines import entered

again = entered("inc_single")
