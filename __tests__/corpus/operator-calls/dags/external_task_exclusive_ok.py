"""ExternalTaskSensor keywords given together where one of them is None or empty (Airflow treats external_task_ids=[]
as None), or may be at run time (a name the file binds twice): not reported."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.sensors.external_task import ExternalTaskSensor

TASK_IDS = ["load"]
TASK_IDS = []

with DAG("external_task_exclusive_ok", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    ExternalTaskSensor(task_id="wait_ids", external_dag_id="upstream", external_task_id="load", external_task_ids=[])
    ExternalTaskSensor(task_id="wait_none", external_dag_id="upstream", external_task_id=None, external_task_ids=["load"])
    ExternalTaskSensor(task_id="wait_name", external_dag_id="upstream", external_task_id="load", external_task_ids=TASK_IDS)
    ExternalTaskSensor(task_id="wait_group", external_dag_id="upstream", external_task_group_id="loads", external_task_ids=None)
    ExternalTaskSensor(task_id="wait_delta", external_dag_id="upstream", execution_delta=timedelta(hours=1), execution_date_fn=None)
