from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.shared import *  # noqa: F403

try:
    import yaml
except ImportError:
    yaml = None

if yaml is None:
    MODE = "plain"
else:
    MODE = "yaml"

# Names from a star import, a guarded import and both branches of an if: all defined, nothing reported.
with DAG(f"defined_names_{TEAM}", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=[MODE], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start", on_failure_callback=lambda context: print(__file__, context))
