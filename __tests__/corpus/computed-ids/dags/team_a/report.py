"""dag_ids from the folder holding the file, through os.path and pathlib."""
import os
from pathlib import Path

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

SETTINGS = {"owner": "reports", "retries": 2}
START = pendulum.datetime(2024, 5, 1, tz="UTC")

DAG_ID = os.path.basename(os.path.dirname(os.path.abspath(__file__))) + "_report"
with DAG(DAG_ID, schedule="@daily", start_date=START, catchup=False, default_args=SETTINGS, tags=["report"]):
    EmptyOperator(task_id="render")

with DAG(Path(os.path.dirname(__file__)).name + "_summary", schedule="@weekly", start_date=START, catchup=False, default_args=SETTINGS, tags=["report"]):
    EmptyOperator(task_id="render")

# The DAG folder itself is `dags` wherever the project runs.
with DAG(f"{Path(__file__).parent.parent.name}_{Path(__file__).parent.name}_digest", schedule="@monthly", start_date=START, catchup=False, default_args=SETTINGS, tags=["report"]):
    EmptyOperator(task_id="render")

# resolve() follows symlinks: the folder may not be the one DagBag walked, so this dag_id is not worked out.
with DAG(Path(__file__).resolve().parent.name + "_resolved", schedule=None, start_date=START, catchup=False, default_args=SETTINGS, tags=["report"]):
    EmptyOperator(task_id="render")
