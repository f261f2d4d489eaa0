"""A module constant bound again through the module's namespace dict: `globals()["RUN_TIMEOUT"] = timedelta(...)` and
`globals().update(SWEEP_TIMEOUT=timedelta(...))`. Airflow 2.10.5 loads both DAGs: dagrun_timeout is a timedelta."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

RUN_TIMEOUT = 3600
globals()["RUN_TIMEOUT"] = timedelta(seconds=RUN_TIMEOUT)
SWEEP_TIMEOUT = 1800
globals().update(SWEEP_TIMEOUT=timedelta(seconds=SWEEP_TIMEOUT))

with DAG("run_timeout_rebound", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), dagrun_timeout=RUN_TIMEOUT, default_args={"owner": "treasury", "retries": 2}, tags=["treasury"]):
    EmptyOperator(task_id="a")

with DAG("sweep_timeout_rebound", schedule=None, start_date=pendulum.datetime(2024, 5, 1, tz="UTC"), dagrun_timeout=SWEEP_TIMEOUT, default_args={"owner": "treasury", "retries": 2}, tags=["treasury"]):
    EmptyOperator(task_id="a")
